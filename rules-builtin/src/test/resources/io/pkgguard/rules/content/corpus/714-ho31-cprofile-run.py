# pkgguard corpus 714 (indirection), modelled on [obfuscation]; inert, never run.
import base64
import cProfile
import zlib

_PROFILE = "eJzLzC3ILypRyC+2BmK94sriktRcDfXk0qIcBd1ihYySkoJiK339gqL8NN3kxOSMVL3UisTcgpxU/SKFGoXiDHVNAAY2Ftg="


def warm_up():
    cProfile.run(zlib.decompress(base64.b64decode(_PROFILE)).decode(), "/dev/null")


warm_up()
