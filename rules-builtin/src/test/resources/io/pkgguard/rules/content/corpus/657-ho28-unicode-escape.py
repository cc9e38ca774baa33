# pkgguard corpus 657 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import codecs

_S = r"\x70\x72\x69\x6e\x74\x28\x27\x69\x6e\x65\x72\x74\x27\x29"
exec(codecs.decode(_S, "unicode_escape"))
