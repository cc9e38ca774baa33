# pkgguard corpus 116 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64

src = base64.b16decode("7072696E742827696E6572742729")
exec(src)
