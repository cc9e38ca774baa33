# pkgguard corpus 177 (encoding-layers), modelled on [obfuscation]; inert, never run.
import string

_a = string.ascii_lowercase
_table = str.maketrans(_a[7:] + _a[:7], _a)
_hidden = "wypua('pulya')"
exec(_hidden.translate(_table))
