#!/usr/bin/env bash
# Two CakeFlow nodes on one PostgreSQL (issue 15, point 7): builds once, runs bench/two_nodes.py — live events from B seen
# on A, the intake and lifecycle spread over both nodes, node B SIGKILLed mid-lifecycle — and checks every order, task,
# Quartz fire and the live stream. Prints the figures and PASS/FAIL (exit 1 on FAIL).
# Usage: bench/two-nodes.sh [--orders 600] [--clients 8]   (PORT_A=8080 PORT_B=8081; database cakeflow_two_faults;
#        PostgreSQL on 127.0.0.1:5432, user postgres, trust auth)   SKIP_BUILD=1: with the jar already in target/
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp package -DskipTests
exec python3 bench/two_nodes.py --port-a "${PORT_A:-8080}" --port-b "${PORT_B:-8081}" "$@"
