# pkgguard corpus 355 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import lzma

_BLOB = (
    "5a590400000000017df3b61f04e01b080e260100892e08d6b0e9a7b40000002927747265"
    "6e692728746e6972700d0001a3e52f74000000160121000246b4d6e60400005a587a37fd"
)
exec(lzma.decompress(bytes.fromhex(_BLOB)[::-1]))
