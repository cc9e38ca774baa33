# pkgguard corpus 046 (unicode-identifiers), modelled on [pep672]; inert, never run.
import base64

𝘦𝘹𝘦𝘤(base64.b64decode("cHJpbnQoJ2luZXJ0Jyk="))
