# pkgguard corpus 156 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
_h = "7072696e742827696e65727427290a"
_src = bytes.fromhex(_h).decode()
_code = compile(_src, "<string>", "exec")
exec(_code)
