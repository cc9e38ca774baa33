# pkgguard corpus 436 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64

_K = "E1P6IRJK50JMIRJ5E9Q2EA8A"
exec(base64.b32hexdecode(_K))
