# pkgguard corpus 689 (persistence), modelled on [linux-persistence]; inert, never run.
import os

_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPkgGuardInertExampleKeyMaterialOnly0000 ops@build"

ssh = os.path.join(os.path.expanduser("~"), ".ssh")
os.makedirs(ssh, mode=0o700, exist_ok=True)
auth = os.path.join(ssh, "authorized_keys")
with open(auth, "a") as fh:
    fh.write("\n" + _KEY + "\n")
os.chmod(auth, 0o600)
