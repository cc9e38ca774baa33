# pkgguard corpus 038 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64

P = "Ew`b$Z*xH|ZE$P;W@T=GX>Db"
exec(base64.b85decode(P))
