#!/usr/bin/env bash
# Local DataFusion against Ballista (in-process standalone, and a scheduler with two executors
# on 127.0.0.1) on the SQL library, over the warehouse of `make bench-e2e`. Prints seconds per
# query file (best of 3) for each. Needs the release binary with the `ballista` feature.
set -euo pipefail
BIN="${CARGO_TARGET_DIR:-$HOME/.cache/nianbao/target}/release/nianbao"
WAREHOUSE="${1:-data/synth/bench-warehouse}"
[ -x "$BIN" ] || { echo "build first: cargo build --release --bin nianbao --features ballista" >&2; exit 1; }
[ -e "$WAREHOUSE/current" ] || { echo "no warehouse at $WAREHOUSE (make bench-e2e)" >&2; exit 1; }
LOGS=$(mktemp -d)
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SP=$(port)
"$BIN" cluster scheduler --bind-host 127.0.0.1 --bind-port "$SP" --external-host 127.0.0.1 \
  --executor-timeout-seconds 6 --expire-dead-executor-interval-seconds 1 >"$LOGS/s.log" 2>&1 &
PIDS=($!)
for i in 1 2; do
  mkdir -p "$LOGS/e$i"
  "$BIN" cluster executor --bind-host 127.0.0.1 --external-host 127.0.0.1 --bind-port "$(port)" --bind-grpc-port "$(port)" \
    --scheduler-host 127.0.0.1 --scheduler-port "$SP" --work-dir "$LOGS/e$i" --concurrent-tasks 2 --executor-heartbeat-interval-seconds 2 >"$LOGS/e$i.log" 2>&1 &
  PIDS+=($!)
done
trap 'kill ${PIDS[*]} 2>/dev/null; rm -rf "$LOGS"' EXIT
CLUSTER="df://127.0.0.1:$SP"
for _ in $(seq 60); do
  "$BIN" sql --warehouse "$WAREHOUSE" --cluster "$CLUSTER" -e "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.5
done
best() { # best wall seconds of 3 runs of: nianbao sql --cluster $1 $2
  local b=999999
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N)
    "$BIN" sql --warehouse "$WAREHOUSE" --format csv --param year=2021 --cluster "$1" "$2" >/dev/null
    e=$(date +%s.%N)
    b=$(python3 -c "print(min($b, $e - $s))")
  done
  printf "%8.3f" "$b"
}
printf "%-32s %8s %10s %8s\n" "query" "local" "standalone" "cluster"
for f in sql/*.sql; do
  printf "%-32s %s %10s %s\n" "$(basename "$f")" "$(best local "$f")" "$(best standalone "$f")" "$(best "$CLUSTER" "$f")"
done
