# pkgguard corpus 335 (encoding-layers), modelled on [obfuscation]; inert, never run.
_K = "k3y"
_D = [27, 65, 16, 5, 71, 81, 76, 90, 23, 14, 65, 13, 76, 26]


def _x(data, key):
    return bytes(b ^ ord(key[i % len(key)]) for i, b in enumerate(data)).decode()


exec(_x(_D, _K))
