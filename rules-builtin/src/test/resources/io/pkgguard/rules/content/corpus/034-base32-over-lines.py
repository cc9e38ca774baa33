# pkgguard corpus 034 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64

s = "OBZGS3TUFATWS3TFOJ2COKI="
c = base64.b32decode(s)
exec(c)
