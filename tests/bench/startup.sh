#!/usr/bin/env bash
# Start-up of the command line as a whole process, with hyperfine, against the floors and ss:
#   tcpstatelab --version               vs  a bare QCoreApplication printing its version
#                                           (and, under it, plain C++ with no Qt)
#   tcpstatelab snapshot --port P --json vs  ss -Htan '( sport = :P or dport = :P )'
#   (and the text table, which the front hands to the Qt command line, tcpstatelab-cli)
# on a table of N TIME_WAIT sockets (default 10,000, made here on loopback; they last 60 s, so
# both comparisons run within that). P is a port with one connection of its own; the filter on
# the port of all N is measured too. Also counts the shared libraries loaded.
# The machine is shared: each comparison runs in rounds that alternate the commands' order (so
# a burst of load hits both sides), ROUNDS x RUNS runs per command after a warm-up, and the
# script prints the minimum and the median of all runs, their ratios, and the load average.
# The issue's target: snapshot <= 1.5 x ss (on the medians).
#   tests/bench/startup.sh [build/ci] [N] [ROUNDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
count=${2:-10000}
rounds=${3:-6}
runs=${4:-25}
app=$build/app/tcpstatelab
floor=$build/tests/bench/bench_coreonly
bare=$build/tests/bench/bench_bare
for tool in hyperfine ss python3; do
    command -v "$tool" >/dev/null || { echo "startup.sh: $tool is not installed" >&2; exit 2; }
done
[ -x "$app" ] && [ -x "$floor" ] && [ -x "$bare" ] || { echo "startup.sh: build $app, $floor and $bare first" >&2; exit 2; }
results=$(mktemp -d)
holder=
trap 'kill "$holder" 2>/dev/null || true; rm -rf "$results"' EXIT

# N connections closed by the client first: N TIME_WAIT sockets on the listener's port, plus one
# ESTABLISHED connection held on a port of its own (the port the snapshot asks for).
make_table() {
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
}

run() { # name, then the commands: rounds alternating their order, all runs kept
    local name=$1
    shift
    local round
    for round in $(seq "$rounds"); do
        local order=("$@")
        if [ $((round % 2)) -eq 0 ]; then
            local reversed=()
            for ((i = ${#order[@]} - 1; i >= 0; i--)); do reversed+=("${order[i]}"); done
            order=("${reversed[@]}")
        fi
        hyperfine --shell=none --warmup 5 --runs "$runs" --export-json "$results/$name.$round.json" "${order[@]}" >/dev/null
    done
}
# "min median" in ms of each command, in the order given.
figures() {
    python3 - "$results" "$@" <<'PY'
import glob, json, statistics, sys
results, name, commands = sys.argv[1], sys.argv[2], sys.argv[3:]
times = {c: [] for c in commands}
for path in glob.glob(f"{results}/{name}.*.json"):
    for r in json.load(open(path))["results"]:
        times[r["command"]] += r["times"]
print(" ".join("%.2f %.2f" % (min(times[c]) * 1000, statistics.median(times[c]) * 1000) for c in commands))
PY
}
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run version "$app --version" "$floor --version" "$bare"
read -r v_min v_med f_min f_med b_min b_med < <(figures version "$app --version" "$floor --version" "$bare")

make_table
one=("$app snapshot --port $port --json" "ss -Htan ( sport = :$port or dport = :$port )" "$app snapshot --port $port")
run snapshot "${one[@]}"
read -r s_min s_med ss_min ss_med t_min t_med < <(figures snapshot "${one[@]}")

all=("$app snapshot --port $busy --json" "ss -Htan ( sport = :$busy or dport = :$busy )")
run snapshot_all "${all[@]}"
read -r a_min a_med ssa_min ssa_med < <(figures snapshot_all "${all[@]}")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

libraries() { LD_DEBUG=files "$@" 2>&1 >/dev/null | grep -c 'calling init' || true; }
total=$((rounds * runs))
printf '\n| command (%s runs each) | min ms | median ms | against | min ms | median ms | ratio (min) | ratio (median) |\n' "$total"
printf '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |\n'
printf '| `tcpstatelab --version` | %s | %s | bare QCoreApplication | %s | %s | %s× | %s× |\n' \
    "$v_min" "$v_med" "$f_min" "$f_med" "$(ratio "$v_min" "$f_min")" "$(ratio "$v_med" "$f_med")"
printf '| `tcpstatelab --version` | %s | %s | plain C++, no Qt | %s | %s | %s× | %s× |\n' \
    "$v_min" "$v_med" "$b_min" "$b_med" "$(ratio "$v_min" "$b_min")" "$(ratio "$v_med" "$b_med")"
printf '| `tcpstatelab snapshot --port P --json` (1 match) | %s | %s | `ss -Htan`, same filter | %s | %s | %s× | %s× |\n' \
    "$s_min" "$s_med" "$ss_min" "$ss_med" "$(ratio "$s_min" "$ss_min")" "$(ratio "$s_med" "$ss_med")"
printf '| `tcpstatelab snapshot --port P` (1 match; the table, through tcpstatelab-cli) | %s | %s | `ss -Htan`, same filter | %s | %s | %s× | %s× |\n' \
    "$t_min" "$t_med" "$ss_min" "$ss_med" "$(ratio "$t_min" "$ss_min")" "$(ratio "$t_med" "$ss_med")"
printf '| `tcpstatelab snapshot --port P --json` (%s matches) | %s | %s | `ss -Htan`, same filter | %s | %s | %s× | %s× |\n' \
    "$count" "$a_min" "$a_med" "$ssa_min" "$ssa_med" "$(ratio "$a_min" "$ssa_min")" "$(ratio "$a_med" "$ssa_med")"
printf '\nshared libraries loaded: tcpstatelab --version %s, snapshot %s; bare QCoreApplication %s; plain C++ %s; ss %s\n' \
    "$(libraries "$app" --version)" "$(libraries "$app" snapshot --port "$port" --json)" \
    "$(libraries "$floor" --version)" "$(libraries "$bare")" "$(libraries ss -Htan "( sport = :$port )")"
echo "target (issue 14): snapshot as a whole process <= 1.5x ss on the same filter"
