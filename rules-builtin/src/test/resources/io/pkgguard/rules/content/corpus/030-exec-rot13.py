# pkgguard corpus 030 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import codecs

exec(codecs.decode("cevag('vareg')", "rot13"))
