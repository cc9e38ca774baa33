# pkgguard corpus 516 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
_S = "sulqw+*lqhuw*,"


def _load(text, k=3):
    return bytes(ord(c) - k for c in text).decode()


exec(_load(_S))
