#!/usr/bin/env python3
"""Re-records the kernel replies under tests/data (run on Linux, no root needed):

    python3 tests/data/record_states.py build/dev/app/tcpstatelab

Holds loopback sockets in each of the ten kernel-visible TCP states on ports 47001..47010
(IPv4) and 47101..47110 (IPv6), then saves what the kernel says about them: the raw sock_diag
netlink replies (through `tcpstatelab snapshot --save-netlink`) and /proc/net/tcp{,6}.
The parser tests read these files with no live kernel. Also writes the truncated and
malformed variants the tests expect to be rejected cleanly."""
import os, socket, subprocess, sys, time

TCP_DEFER_ACCEPT = 9
SMALL = 4096
here = os.path.dirname(os.path.abspath(__file__))
binary = sys.argv[1]
held = []

def bound(fam, port):
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1" if fam == socket.AF_INET else "::1", port))
    held.append(s)
    return s

def client(fam, addr, rcv=0, snd=0):
    c = socket.socket(fam, socket.SOCK_STREAM)
    if rcv: c.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcv)
    if snd: c.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, snd)
    c.setblocking(False)
    try: c.connect(addr)
    except BlockingIOError: pass
    held.append(c)
    return c

def fill(s):
    s.setblocking(False)
    try:
        while True: s.send(b"x" * 65536)
    except BlockingIOError: pass

def pair(fam, port, srv_rcv=0, cli_rcv=0, cli_snd=0):
    l = bound(fam, port)
    if srv_rcv: l.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, srv_rcv)
    l.listen(4)
    c = client(fam, l.getsockname()[:2], cli_rcv, cli_snd)
    time.sleep(0.05)
    s, _ = l.accept(); held.append(s)
    return l, c, s

def make(fam, base):
    l = bound(fam, base + 1); l.listen(4)                                  # LISTEN
    l = bound(fam, base + 2); l.listen(0)                                  # SYN_SENT
    client(fam, l.getsockname()[:2]); time.sleep(0.05); client(fam, l.getsockname()[:2])
    l = bound(fam, base + 3); l.setsockopt(socket.IPPROTO_TCP, TCP_DEFER_ACCEPT, 30); l.listen(4)
    client(fam, l.getsockname()[:2])                                       # SYN_RECEIVED
    pair(fam, base + 4)                                                    # ESTABLISHED
    _, c, s = pair(fam, base + 5, srv_rcv=SMALL, cli_snd=SMALL)            # FIN_WAIT_1
    fill(c); c.shutdown(socket.SHUT_WR)
    _, c, s = pair(fam, base + 6); c.shutdown(socket.SHUT_WR)              # FIN_WAIT_2 + CLOSE_WAIT
    _, c, s = pair(fam, base + 7, srv_rcv=SMALL, cli_snd=SMALL)            # CLOSING
    fill(c); c.shutdown(socket.SHUT_WR); time.sleep(0.05); s.shutdown(socket.SHUT_WR)
    _, c, s = pair(fam, base + 8, cli_rcv=SMALL)                           # LAST_ACK
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SMALL)
    c.shutdown(socket.SHUT_WR); time.sleep(0.05); fill(s); s.shutdown(socket.SHUT_WR)
    _, c, s = pair(fam, base + 9); c.shutdown(socket.SHUT_WR); time.sleep(0.05); s.close()  # TIME_WAIT

make(socket.AF_INET, 47000)
make(socket.AF_INET6, 47100)
time.sleep(0.3)
ports = []
for base in (47000, 47100):
    for i in range(1, 10):
        ports += ["--port", str(base + i)]
# The kernel filters up to many ports; record one dump per family with every port.
subprocess.run([binary, "snapshot", "--source", "netlink", "--save-netlink",
                os.path.join(here, "netlink_states.bin"), *ports], check=True, stdout=subprocess.DEVNULL)
for name in ("tcp", "tcp6"):
    with open(f"/proc/net/{name}") as src, open(os.path.join(here, f"proc_net_{name}.txt"), "w") as dst:
        lines = src.read().splitlines(True)
        keep = [lines[0]] + [l for l in lines[1:]
                             if any(f":{p:04X} " in l for p in range(47001, 47111))]
        dst.writelines(keep)

# Malformed variants, cut from the good recording.
good = open(os.path.join(here, "netlink_states.bin"), "rb").read()
open(os.path.join(here, "netlink_truncated.bin"), "wb").write(good[: len(good) // 2 + 3])
bad = bytearray(good)
bad[7 + 8:7 + 12] = (0xFFFF).to_bytes(4, "little")  # first message claims 65535 bytes
open(os.path.join(here, "netlink_bad_length.bin"), "wb").write(bytes(bad))
tcp = open(os.path.join(here, "proc_net_tcp.txt")).read()
open(os.path.join(here, "proc_net_tcp_truncated.txt"), "w").write(tcp[: len(tcp) - 40])
lines = tcp.splitlines(True)
lines[2] = lines[2].replace(":", "#", 2)
open(os.path.join(here, "proc_net_tcp_malformed.txt"), "w").write("".join(lines))
print("recorded", len(good), "bytes of netlink replies")
