# pkgguard corpus 294 (import-time), modelled on [empirical]; inert, never run.
import importlib.resources
import zlib

_blob = importlib.resources.files(__package__).joinpath("_data.bin").read_bytes()
exec(compile(zlib.decompress(_blob), "<data>", "exec"))
