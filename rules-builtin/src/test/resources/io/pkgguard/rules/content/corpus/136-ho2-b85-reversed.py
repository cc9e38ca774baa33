# pkgguard corpus 136 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64

_p = "*nCG<?eZjiNSbGv^Ba"
exec(base64.b85decode(_p[::-1]))
