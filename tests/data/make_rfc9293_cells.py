#!/usr/bin/env python3
"""Writes tests/data/rfc9293_cells.tsv: the referee for the simulator's rfc9293 profile.

    python3 tests/data/make_rfc9293_cells.py

RFC 9293 §3.10.7 (SEGMENT ARRIVES) written out once more, independently of the simulator, for
every reachable state x how it was reached x segment kind x sequence position x acknowledgement
number x data length. Each row says what the receiver sends and where it goes, cites the
section and check that decide it, and where the RFC leaves a choice, which was taken and why.
tests/tst_rfc9293cells.cpp checks the profile against every row.

Numbers are written from the receiver's side before the segment arrives (rcv.nxt, snd.nxt,
snd.una, iss, irs) or from the segment (seg.seq, seg.ack); "*" is a value the RFC leaves to the
implementation (a new ISS)."""
import os

here = os.path.dirname(os.path.abspath(__file__))

STATES = ["CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2",
          "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"]
SEGMENTS = ["SYN", "SYN+ACK", "SYN+FIN", "ACK", "FIN", "FIN+ACK", "RST", "RST+ACK"]
# Where seg.seq falls, as an offset from RCV.NXT (W: RCV.WND, which is far larger than 1).
POSITIONS = {"rcv.nxt-1": -1, "rcv.nxt": 0, "rcv.nxt+1": 1, "rcv.nxt+wnd-1": "W-1", "rcv.nxt+wnd": "W"}
# The receiver's own FIN is sent and not yet acknowledged.
FIN_OUTSTANDING = {"FIN_WAIT_1", "CLOSING", "LAST_ACK"}
# The peer's FIN is already counted in RCV.NXT.
PEER_FIN_IN = {"CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"}
TAKES_TEXT = {"ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2"}


def offset(position):
    o = POSITIONS[position]
    return {"W-1": 10**6 - 1, "W": 10**6}.get(o, o) if isinstance(o, str) else o


def in_window(off, length):
    W = 10**6
    if length == 0:
        return 0 <= off < W
    return 0 <= off < W or 0 <= off + length - 1 < W


class Answer:
    def __init__(self):
        self.sent = []
        self.next = None
        self.cites = []
        self.choice = ""

    def send(self, flags, seq, ack=None):
        self.sent.append(flags + " seq=" + seq + ("" if ack is None else " ack=" + ack))

    def cite(self, text):
        self.cites.append(text)


def plus(name, n):
    return name if n == 0 else f"{name}+{n}"


def closed(seg, a):
    a.next = "CLOSED"
    a.cite("§3.10.7.1")
    if "RST" in seg["flags"]:
        a.cite("an incoming RST is discarded")
        return
    if "ACK" in seg["flags"]:
        a.send("RST", "seg.ack")
        a.cite("ACK on: <SEQ=SEG.ACK><CTL=RST>")
    else:
        a.send("RST,ACK", "0", plus("seg.seq", seg["length"]))
        a.cite("ACK off: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>")


def listen(seg, a):
    f = seg["flags"]
    a.next = "LISTEN"
    a.cite("§3.10.7.2")
    if "RST" in f:
        a.cite("first check: an incoming RST is ignored")
        return
    if "ACK" in f:
        a.send("RST", "seg.ack")
        a.cite("second check: any acknowledgment is bad, <SEQ=SEG.ACK><CTL=RST>")
        return
    if "SYN" in f:
        a.send("SYN,ACK", "*", plus("seg.seq", 1))
        a.next = "SYN_RECEIVED"
        a.cite("third check: SYN, <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>")
        if "FIN" in f:
            a.cite("the FIN is left for SYN-RECEIVED, whose fifth check drops a segment without ACK")
            a.choice = "the FIN is not acknowledged: it would be processed in SYN-RECEIVED, where a segment without ACK is dropped"
        return
    a.cite("fourth: other text or control, drop the segment")


def syn_sent(seg, a, ack):
    f = seg["flags"]
    a.next = "SYN_SENT"
    a.cite("§3.10.7.3")
    ack_ok = ack == "snd.nxt"  # SND.UNA = ISS, SND.NXT = ISS+1: only snd.nxt is acceptable
    if "ACK" in f and not ack_ok:
        a.cite("first check: SEG.ACK =< ISS or > SND.NXT")
        if "RST" not in f:
            a.send("RST", "seg.ack")
        return
    if "RST" in f:
        if "ACK" in f:
            a.next = "CLOSED"
            a.cite("second check: RST with an acceptable ACK, connection reset")
        else:
            a.cite("second check: RST without ACK, drop the segment")
        return
    if "SYN" in f:
        if "ACK" in f:
            a.next = "ESTABLISHED"
            a.send("ACK", "snd.nxt", plus("seg.seq", 1 + seg["data"]))
            a.cite("fourth check: our SYN is acknowledged, ESTABLISHED, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>")
            if seg["data"]:
                a.cite("seventh (text): the data is queued and acknowledged")
                a.choice = "one ACK covers the SYN and the data (the ACK the fourth check sends is the one text processing sends)"
        else:
            a.next = "SYN_RECEIVED"
            a.send("SYN,ACK", "iss", plus("seg.seq", 1))
            a.cite("fourth check: SYN without ACK, SYN-RECEIVED, <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>")
            if "FIN" in f:
                a.cite("other controls are queued until ESTABLISHED")
        return
    a.cite("fifth: neither SYN nor RST, drop the segment")


def synchronized(state, passive, seg, a, ack, position):
    f = set(seg["flags"].split("+"))
    off = offset(position)
    length = seg["length"]
    a.next = state
    # SYN-RECEIVED: a SYN at IRS is the SYN already taken. §3.10.7.4 processes the idealized
    # segment, trimmed of "any portions that lie outside the window (including SYN and FIN)".
    if state == "SYN_RECEIVED" and "SYN" in f and off == -1:
        f.discard("SYN")
        off, length = 0, length - 1
        a.cite("§3.10.7.4: the SYN at IRS lies before the window and is trimmed off; the rest begins at RCV.NXT")
        a.choice = "the repeated SYN is trimmed as §3.10.7.4 says, and what remains is processed from RCV.NXT"
    if not in_window(off, length):
        a.cite("§3.10.7.4, first check: not acceptable")
        if "RST" in f:
            a.cite("RST set, drop it")
        else:
            a.send("ACK", "snd.nxt", "rcv.nxt")
            a.cite("<SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>")
        return
    if "RST" in f:
        if off != 0:
            a.send("ACK", "snd.nxt", "rcv.nxt")
            a.cite("§3.10.7.4, second check: RST in the window but not at RCV.NXT, a challenge ACK (RFC 5961 §3.2)")
            a.choice = "RFC 5961's mitigation, which RFC 9293 describes here, is applied"
            return
        if state == "SYN_RECEIVED":
            a.next = "LISTEN" if passive else "CLOSED"
            a.cite("§3.10.7.4, second check, SYN-RECEIVED: " + ("passive OPEN, return to LISTEN" if passive else "active OPEN, connection refused"))
        else:
            a.next = "CLOSED"
            a.cite("§3.10.7.4, second check: RST at RCV.NXT, enter CLOSED")
        return
    if "SYN" in f:
        if state == "SYN_RECEIVED" and passive:
            a.next = "LISTEN"
            a.cite("§3.10.7.4, fourth check, SYN-RECEIVED: passive OPEN, return to LISTEN")
        else:
            a.send("ACK", "snd.nxt", "rcv.nxt")
            a.cite("§3.10.7.4, fourth check: SYN in a synchronized state, a challenge ACK (RFC 5961 §4.2)")
        return
    if "ACK" not in f:
        a.cite("§3.10.7.4, fifth check: the ACK bit is off, drop the segment")
        return
    fin_acked = False
    if state == "SYN_RECEIVED":
        if ack != "snd.nxt":
            a.send("RST", "seg.ack")
            a.cite("§3.10.7.4, fifth check, SYN-RECEIVED: ACK not acceptable, <SEQ=SEG.ACK><CTL=RST>")
            return
        state = a.next = "ESTABLISHED"
        a.cite("§3.10.7.4, fifth check, SYN-RECEIVED: SND.UNA < SEG.ACK =< SND.NXT, ESTABLISHED")
    elif ack == "snd.nxt+1":
        a.send("ACK", "snd.nxt", "rcv.nxt")
        a.cite("§3.10.7.4, fifth check: SEG.ACK > SND.NXT acknowledges something not yet sent, send an ACK and drop it")
        return
    elif ack == "snd.nxt" and state in FIN_OUTSTANDING:
        fin_acked = True
    if state == "FIN_WAIT_1" and fin_acked:
        state = a.next = "FIN_WAIT_2"
        a.cite("§3.10.7.4, fifth check, FIN-WAIT-1: our FIN is acknowledged, FIN-WAIT-2")
    elif state == "CLOSING":
        if not fin_acked:
            a.cite("§3.10.7.4, fifth check, CLOSING: the ACK does not acknowledge our FIN, ignore the segment")
            return
        state = a.next = "TIME_WAIT"
        a.cite("§3.10.7.4, fifth check, CLOSING: our FIN is acknowledged, TIME-WAIT")
    elif state == "LAST_ACK":
        if fin_acked:
            a.next = "CLOSED"
            a.cite("§3.10.7.4, fifth check, LAST-ACK: our FIN is acknowledged, CLOSED")
            return
        a.cite("§3.10.7.4, fifth check, LAST-ACK: our FIN is not acknowledged yet")
        a.choice = "processing goes on to the FIN (the eighth check names LAST-ACK: remain)"
    elif state == "TIME_WAIT" and a.next == "TIME_WAIT":
        if off == 0 and length == 0:
            a.cite("§3.10.7.4, fifth check, TIME-WAIT: a duplicate of the last ACK, nothing to acknowledge")
            a.choice = "an empty ACK at RCV.NXT is not answered (answering ACKs with ACKs never ends)"
            return
        a.send("ACK", "snd.nxt", "rcv.nxt")
        a.cite("§3.10.7.4, fifth check, TIME-WAIT: acknowledge it and restart the 2 MSL timeout")
        a.choice = "the peer's FIN is already counted: nothing advances, the ACK repeats RCV.NXT"
        return
    elif ack == "snd.una" and state not in FIN_OUTSTANDING:
        a.cite("§3.10.7.4, fifth check: a duplicate ACK (SEG.ACK =< SND.UNA) is ignored")
    # Sixth (URG) does not apply. Seventh: the text.
    acked = 0
    if seg["data"]:
        if state not in TAKES_TEXT:
            a.cite("§3.10.7.4, seventh (text): after the peer's FIN, ignore the segment text")
        elif off == 0:
            acked = seg["data"]
            a.cite("§3.10.7.4, seventh (text): the data is delivered and acknowledged")
        else:
            a.send("ACK", "snd.nxt", "rcv.nxt")
            a.cite("§3.10.7.4, seventh (text): data beyond RCV.NXT, held and RCV.NXT acknowledged")
            a.choice = "out-of-order data is acknowledged at once (RFC 5681 §4.2, RFC 9293 §3.8.6.3)"
            return
    if "FIN" in f:
        if off != 0:
            a.cite("§3.10.7.4, eighth (FIN): the FIN does not begin at RCV.NXT, held for later")
            a.choice = "a FIN beyond RCV.NXT is not processed (the segment does not begin at RCV.NXT)"
            if acked:
                a.send("ACK", "snd.nxt", plus("rcv.nxt", acked))
            return
        if state in PEER_FIN_IN:
            a.send("ACK", "snd.nxt", "rcv.nxt")
            a.cite("§3.10.7.4, eighth (FIN): " + state.replace("_", "-") + ", remain; the ACK for the FIN")
            a.choice = "the peer's FIN is already counted: nothing advances, the ACK repeats RCV.NXT"
            return
        a.send("ACK", "snd.nxt", plus("rcv.nxt", acked + 1))
        a.next = {"ESTABLISHED": "CLOSE_WAIT", "FIN_WAIT_1": "TIME_WAIT" if fin_acked else "CLOSING",
                  "FIN_WAIT_2": "TIME_WAIT"}[state]
        a.cite("§3.10.7.4, eighth (FIN): advance RCV.NXT over the FIN and acknowledge it, " + a.next.replace("_", "-"))
        return
    if acked:
        a.send("ACK", "snd.nxt", plus("rcv.nxt", acked))


def referee(state, via, segment, position, ack, data):
    flags = set(segment.split("+"))
    seg = {"flags": segment, "data": data, "length": data + ("SYN" in flags) + ("FIN" in flags)}
    a = Answer()
    if state == "CLOSED":
        closed(seg, a)
    elif state == "LISTEN":
        listen(seg, a)
    elif state == "SYN_SENT":
        syn_sent(seg, a, ack)
    else:
        synchronized(state, via == "passive", seg, a, ack, position)
    return a


rows = []
for state in STATES:
    vias = ["active"] if state == "SYN_SENT" else ["passive"] if state in ("CLOSED", "LISTEN") else ["passive", "active"]
    unsynchronized = state in ("CLOSED", "LISTEN", "SYN_SENT")
    positions = ["rcv.nxt", "rcv.nxt+1", "rcv.nxt+wnd"] if unsynchronized else list(POSITIONS)
    for via in vias:
        for segment in SEGMENTS:
            acks = ["snd.nxt", "snd.una", "snd.nxt+1"] if "ACK" in segment and state not in ("CLOSED", "LISTEN") else ["snd.nxt"]
            datas = [0, 10] if segment in ("ACK", "FIN+ACK", "SYN+ACK") and state not in ("CLOSED", "LISTEN") else [0]
            for position in positions:
                for ack in acks:
                    for data in datas:
                        if data and (ack != "snd.nxt" or position not in ("rcv.nxt", "rcv.nxt+1")):
                            continue
                        a = referee(state, via, segment, position, ack, data)
                        rows.append("\t".join([state, via, segment, position, ack, str(data), "; ".join(a.sent) or "-",
                                               a.next, "; ".join(a.cites), a.choice or "-"]))

with open(os.path.join(here, "rfc9293_cells.tsv"), "w") as out:
    out.write("# RFC 9293 §3.10.7 cell by cell, written by make_rfc9293_cells.py (the referee of the rfc9293 profile).\n")
    out.write("# state, via, segment, seq, ack, data bytes, what the receiver sends (numbers before the segment;\n")
    out.write("# seg.* of the segment; * left to the implementation), the next state, the sources, the choice taken.\n")
    out.write("\n".join(rows) + "\n")
print(len(rows), "rows")
