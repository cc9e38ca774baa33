# pkgguard corpus 257 (indirection), modelled on [taxonomy]; inert, never run.
import base64
import pickle

_STATE = "gASVIgAAAAAAAACMCGJ1aWx0aW5zlIwFcHJpbnSUk5SMBWluZXJ0lIWUUpQu"


def load_defaults():
    return pickle.loads(base64.b64decode(_STATE))


DEFAULTS = load_defaults()
