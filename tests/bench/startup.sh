#!/usr/bin/env bash
# Start-up of the command line as a whole process, with hyperfine, against the floor and ss:
#   tcpstatelab --version               vs  a bare QCoreApplication printing its version
#   tcpstatelab snapshot --port P --json vs  ss -Htan '( sport = :P or dport = :P )'
# on a table of N TIME_WAIT sockets (default 10,000, made here on loopback; they last 60 s, so
# they are made afresh before each comparison). P is a port with one connection of its own;
# the filter on the port of all N is measured too. Also counts the shared libraries loaded.
# Prints the figures and the ratios (the issue's target: snapshot <= 1.5 x ss).
#   tests/bench/startup.sh [build/dev] [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
count=${2:-10000}
app=$build/app/tcpstatelab
floor=$build/tests/bench/bench_coreonly
for tool in hyperfine ss python3; do
    command -v "$tool" >/dev/null || { echo "startup.sh: $tool is not installed" >&2; exit 2; }
done
[ -x "$app" ] && [ -x "$floor" ] || { echo "startup.sh: build $app and $floor first" >&2; exit 2; }
results=$(mktemp -d)
trap 'kill "$holder" 2>/dev/null || true; rm -rf "$results"' EXIT

# N connections closed by the client first: N TIME_WAIT sockets on the listener's port, plus one
# ESTABLISHED connection held on a port of its own (the port the snapshot asks for).
python3 - "$count" >"$results/ports" <<'PY' &
import socket, sys, time
count = int(sys.argv[1])
listener = socket.socket(); listener.bind(("127.0.0.1", 0)); listener.listen(4096)
held = socket.socket(); held.bind(("127.0.0.1", 0)); held.listen(1)
client = socket.create_connection(held.getsockname()); server, _ = held.accept()
for i in range(count):
    # An explicit bind never picks a port still in TIME_WAIT (connect alone would reuse them on
    # loopback, tcp_tw_reuse=2): every close adds one to the table.
    c = socket.socket(); c.bind(("127.0.0.%d" % (2 + i % 8), 0)); c.connect(listener.getsockname())
    s, _ = listener.accept()
    c.close(); s.close()  # client closes first: the client's end waits in TIME_WAIT
print(held.getsockname()[1], listener.getsockname()[1], flush=True)
time.sleep(3600)
PY
holder=$!
for _ in $(seq 600); do [ -s "$results/ports" ] && break; sleep 0.1; done
[ -s "$results/ports" ] || { echo "startup.sh: could not make the table of $count sockets" >&2; exit 1; }
read -r port busy <"$results/ports"
echo "table: $(ss -Htan | wc -l) TCP sockets ($(ss -Htan state time-wait | wc -l) in TIME_WAIT); P=$port, the TIME_WAIT port $busy"

run() { # name, then the hyperfine commands
    local name=$1
    shift
    hyperfine --shell=none --warmup 10 --min-runs 40 --export-json "$results/$name.json" "$@" >/dev/null
}
median_ms() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(" ".join("%.2f" % (x["median"]*1000) for x in r))' "$1"; }

run version "$app --version" "$floor --version"
run snapshot "$app snapshot --port $port --json" "ss -Htan ( sport = :$port or dport = :$port )"
run snapshot_all "$app snapshot --port $busy --json" "ss -Htan ( sport = :$busy or dport = :$busy )"

read -r app_version floor_version < <(median_ms "$results/version.json")
read -r app_snapshot ss_snapshot < <(median_ms "$results/snapshot.json")
read -r app_all ss_all < <(median_ms "$results/snapshot_all.json")
libraries() { LD_DEBUG=files "$@" 2>&1 >/dev/null | grep -c 'calling init' || true; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }

printf '\n| command (median of >= 40 runs) | ms | against | ms | ratio |\n| --- | ---: | --- | ---: | ---: |\n'
printf '| `tcpstatelab --version` | %s | bare QCoreApplication | %s | %s× |\n' "$app_version" "$floor_version" "$(ratio "$app_version" "$floor_version")"
printf '| `tcpstatelab snapshot --port P --json` (1 match) | %s | `ss -Htan` same filter | %s | %s× |\n' "$app_snapshot" "$ss_snapshot" "$(ratio "$app_snapshot" "$ss_snapshot")"
printf '| `tcpstatelab snapshot --port P --json` (%s matches) | %s | `ss -Htan` same filter | %s | %s× |\n' "$count" "$app_all" "$ss_all" "$(ratio "$app_all" "$ss_all")"
printf '\nshared libraries loaded: tcpstatelab --version %s, snapshot %s; bare QCoreApplication %s; ss %s\n' \
    "$(libraries "$app" --version)" "$(libraries "$app" snapshot --port "$port" --json)" \
    "$(libraries "$floor" --version)" "$(libraries ss -Htan "( sport = :$port )")"
echo "target (issue 14): snapshot as a whole process <= 1.5x ss on the same filter"
