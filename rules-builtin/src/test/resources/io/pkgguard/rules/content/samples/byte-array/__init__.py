# Sample modelled on the "binary arrays" obfuscation of arXiv 2512.04338: the payload is an array
# of byte values decoded and executed at import.
payload = bytes([112, 114, 105, 110, 116, 40, 39, 115, 97, 109, 112, 108, 101, 39, 41, 32, 32, 32,
                 32, 32, 32, 32, 32, 32, 32, 32])
exec(payload.decode())
