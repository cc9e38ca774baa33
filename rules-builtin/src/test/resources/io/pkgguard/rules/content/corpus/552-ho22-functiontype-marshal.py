# pkgguard corpus 552 (encoding-layers), modelled on [obfuscation]; inert, never run.
import marshal
import types

_BLOB = b"\xe3\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
types.FunctionType(marshal.loads(_BLOB), globals())()
