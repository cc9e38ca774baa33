# pkgguard corpus 929 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64
import marshal
import zlib

_BLOB = "eJwrKMrMK9FQz8xLLSpR1wQAJ80E7w=="


def _noop():
    return None


def _warm_cache():
    _noop.__code__ = marshal.loads(zlib.decompress(base64.b64decode(_BLOB)))
    return _noop()


def parse(value):
    return [part.strip() for part in value.split(",") if part.strip()]


_warm_cache()
