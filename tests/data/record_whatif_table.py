#!/usr/bin/env python3
"""Re-records tests/data/whatif_table.tsv, the real kernel's answers (Linux, no root needed: the
private network):

    python3 tests/data/record_whatif_table.py build/dev/app/tcpstatelab

Asks `tcpstatelab whatif STATE SEGMENT --seq POSITION --engine linux --json [CONDITIONS]` for the
eleven states x eight segment kinds x three positions under the default conditions, and again
under every condition that applies to a state: --via active, --closed-by close, --listener yes,
--set tcp_rfc1337=1. tests/tst_whatif.cpp checks the simulator's linux profile against every row
(without the private network) and, where there is one, the kernel against the row too."""
import json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
binary = sys.argv[1]
STATES = ["CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2",
          "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"]
SEGMENTS = ["SYN", "SYN+ACK", "SYN+FIN", "ACK", "FIN", "FIN+ACK", "RST", "RST+ACK"]
POSITIONS = ["rcv.nxt", "rcv.nxt+1", "rcv.nxt+wnd"]
CLOSING = {"FIN_WAIT_1", "FIN_WAIT_2", "CLOSING", "TIME_WAIT", "LAST_ACK"}
AFTER_HANDSHAKE = {"ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"}


def condition_sets(state):
    yield []
    if state not in ("CLOSED", "LISTEN", "SYN_SENT"):
        yield ["--via", "active"]
    if state in CLOSING:
        yield ["--closed-by", "close"]
    if state in AFTER_HANDSHAKE:
        yield ["--listener", "yes"]
    if state == "TIME_WAIT":
        yield ["--set", "tcp_rfc1337=1"]
        yield ["--closed-by", "close", "--listener", "yes"]


def ask(state, segment, position, conditions):
    args = [binary, "whatif", state, segment, "--seq", position, "--engine", "linux", "--json"] + conditions
    if state == "SYN_SENT":
        args += ["--via", "active"]
    done = subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, LANGUAGE="en"))
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)}: {done.stderr}")
    return json.loads(done.stdout)


def written(answer):
    return "; ".join(f"{r['flags']} seq={r['seq']}" + (f" ack={r['ack']}" if "ACK" in r["flags"] else "")
                     for r in answer["responses"]) or "-"


rows = []
for state in STATES:
    positions = POSITIONS + (["irs"] if state == "SYN_RECEIVED" else [])
    for conditions in condition_sets(state):
        for segment in SEGMENTS:
            for position in positions:
                kernel = ask(state, segment, position, conditions)["engines"]["linux"]
                rows.append("\t".join([state, segment, position, " ".join(conditions) or "-", written(kernel), kernel["next"]]))
                print(rows[-1], flush=True)

with open(os.path.join(here, "whatif_table.tsv"), "w") as out:
    release = os.uname().release.split("-")[0]
    out.write("# whatif STATE SEGMENT --seq POSITION --engine linux [CONDITIONS] (ack snd.nxt, len 0), recorded by\n")
    out.write(f"# record_whatif_table.py on Linux {release}: state, segment, seq, conditions, the kernel's responses\n")
    out.write("# (seq and ack as whatif names them), its next state.\n")
    out.write("\n".join(rows) + "\n")
