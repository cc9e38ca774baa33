# pkgguard corpus 044 (packer), modelled on [pyarmor]; inert, never run.
__pyarmor__(__name__, __file__, b"\x0a\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 1)
