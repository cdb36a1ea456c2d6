#!/usr/bin/env bash
# kill -9 during intake and during the lifecycle (issue 15, point 6): builds CakeFlow, runs bench/kill_test.py against one
# node on a fresh PostgreSQL database (cakeflow_kill_faults), prints what was acknowledged and what was found, PASS/FAIL.
# Usage: bench/kill-test.sh [--orders 300] [--clients 8]   (PORT=18181; PostgreSQL on 127.0.0.1:5432, user postgres, trust)
#        SKIP_BUILD=1 bench/kill-test.sh ...   with the jar already in target/
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp package -DskipTests
exec python3 bench/kill_test.py "$@"
