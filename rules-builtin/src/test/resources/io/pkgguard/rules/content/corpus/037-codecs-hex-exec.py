# pkgguard corpus 037 (encoding-layers), modelled on [obfuscation]; inert, never run.
import codecs

payload = codecs.decode(b"7072696e742827696e6572742729", "hex")
exec(payload)
