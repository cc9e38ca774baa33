# pkgguard corpus 023 (indirection), modelled on [obfuscation]; inert, never run.
import base64

data = base64.b64decode("cHJpbnQoJ2luZXJ0Jyk=")
getattr(__builtins__, "ex" + "ec")(data)
