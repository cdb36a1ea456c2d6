#!/usr/bin/env bash
# Timers at scale: N open orders, then the job executor, the at-risk scan and the outbox watched for some minutes.
# Usage: bench/timers-benchmark.sh [--orders 10000] [--minutes 10]   (PostgreSQL on 127.0.0.1:5432, user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18093}
DB=cakeflow_timers
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp package -DskipTests
psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
java -Xmx1g -jar target/cakeflow-*.jar --server.port="$PORT" --spring.profiles.active=postgres,demo \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --logging.level.root=WARN \
  --logging.level.com.cakeflow.order.process.AtRiskScan=INFO \
  --cakeflow.order.deposit-reminder-after=PT1M --cakeflow.order.overdue.BAKE=PT2M --cakeflow.order.at-risk-check-every=PT1M --cakeflow.order.at-risk-lookahead=P3D \
  > target/timers-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/actuator/health', timeout=2)" 2>/dev/null && break
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), PostgreSQL $(psql -h 127.0.0.1 -U postgres -At -c 'show server_version')"
python3 bench/timers.py --port "$PORT" --db "$DB" --app-pid "$APP" --log target/timers-app.log "$@"
echo "app log: $(grep -c 'Connection is not available' target/timers-app.log || true) x 'Connection is not available', $(grep -c ' ERROR ' target/timers-app.log || true) ERROR lines"
