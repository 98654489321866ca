#!/usr/bin/env python3
"""Re-records tests/data/whatif_table.tsv (Linux, no root needed: the private network):

    python3 tests/data/record_whatif_table.py build/dev/app/tcpstatelab

Asks `tcpstatelab whatif STATE SEGMENT --seq POSITION --engine both --json` for the eleven
states x eight segment kinds x three positions, once with the simulator's rfc9293 profile and
once with its linux profile, and writes what the real kernel and each profile answered (flags
of every response, the next state) and whether they agree."""
import json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
binary = sys.argv[1]
STATES = ["CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2",
          "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"]
SEGMENTS = ["SYN", "SYN+ACK", "SYN+FIN", "ACK", "FIN", "FIN+ACK", "RST", "RST+ACK"]
POSITIONS = ["rcv.nxt", "rcv.nxt+1", "rcv.nxt+wnd"]


def ask(state, segment, position, profile, engine):
    args = [binary, "whatif", state, segment, "--seq", position, "--engine", engine, "--profile", profile, "--json"]
    if state == "SYN_SENT":
        args += ["--via", "active"]
    done = subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, LANGUAGE="en"))
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)}: {done.stderr}")
    return json.loads(done.stdout)


def flags(engine):
    return " ".join(r["flags"] for r in engine["responses"]) or "-"


rows = []
for state in STATES:
    for segment in SEGMENTS:
        for position in POSITIONS:
            rfc = ask(state, segment, position, "rfc9293", "both")
            linux = ask(state, segment, position, "linux", "both")
            kernel = rfc["engines"]["linux"]
            rows.append("\t".join([state, segment, position, flags(kernel), kernel["next"],
                                   flags(rfc["engines"]["sim"]), rfc["engines"]["sim"]["next"],
                                   "agree" if rfc["agree"] else "differ",
                                   flags(linux["engines"]["sim"]), linux["engines"]["sim"]["next"],
                                   "agree" if linux["agree"] else "differ"]))
            print(rows[-1], flush=True)

with open(os.path.join(here, "whatif_table.tsv"), "w") as out:
    release = os.uname().release.split("-")[0]
    out.write("# whatif STATE SEGMENT --seq POSITION --engine both (ack snd.nxt, len 0, passive unless SYN_SENT), recorded\n")
    out.write(f"# by record_whatif_table.py from tcpstatelab whatif ... --json on Linux {release}: state, segment, seq,\n")
    out.write("# Linux's responses and next state; the simulator's with profile rfc9293, agree|differ; the same with\n")
    out.write("# profile linux.\n")
    out.write("\n".join(rows) + "\n")
