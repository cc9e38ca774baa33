# pkgguard corpus 302 (persistence), modelled on [linux-persistence]; inert, never run.
import subprocess
import sys

line = f"*/30 * * * * {sys.executable} -m pkg.sync >/dev/null 2>&1\n"
current = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
if line not in current:
    subprocess.run(["crontab", "-"], input=current + line, text=True, check=False)
