# pkgguard corpus 027 (indirection), modelled on [obfuscation]; inert, never run.
import base64
import importlib

mod = importlib.import_module(base64.b64decode("b3M=").decode())
getattr(mod, base64.b64decode("c3lzdGVt").decode())("id > /tmp/.i")
