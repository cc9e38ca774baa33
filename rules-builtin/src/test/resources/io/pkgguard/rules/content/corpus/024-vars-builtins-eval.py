# pkgguard corpus 024 (indirection), modelled on [taxonomy]; inert, never run.
import builtins

run = vars(builtins)["ev" + "al"]
run(open(__file__.replace("core.py", "data.bin")).read())
