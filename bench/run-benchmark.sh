#!/usr/bin/env bash
# Builds CakeFlow, starts it on a fresh PostgreSQL database (cakeflow_bench, demo data), runs bench/benchmark.py, stops it.
# Usage: bench/run-benchmark.sh [--orders 5000] [--clients 8] [--days 120]   (PostgreSQL on 127.0.0.1:5432, user postgres, trust auth)
#        JFR=1 bench/run-benchmark.sh ...   also records each phase with Java Flight Recorder into target/jfr/<phase>.jfr
#        JAR=other.jar SKIP_BUILD=1 bench/run-benchmark.sh --auth session ...   another build (e.g. one older than API keys)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp package -DskipTests
psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists cakeflow_bench with (force)" -c "create database cakeflow_bench"
jfr_opts=""
[ -n "${JFR:-}" ] && jfr_opts="-XX:FlightRecorderOptions=stackdepth=512"
JAR=${JAR:-$(ls target/cakeflow-*.jar | head -n 1)}
java -Xmx1g $jfr_opts ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --spring.profiles.active=postgres,demo \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/cakeflow_bench --logging.level.root=WARN ${APP_ARGS:-} > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/actuator/health', timeout=2)" 2>/dev/null && break
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), PostgreSQL $(psql -h 127.0.0.1 -U postgres -At -c 'show server_version')"
extra=(--app-pid "$APP")
[ -n "${JFR:-}" ] && extra+=(--jfr-pid "$APP")
python3 bench/benchmark.py --port "$PORT" "${extra[@]}" "$@"
echo "app log: $(grep -c 'Connection is not available' target/bench-app.log || true) x 'Connection is not available', $(grep -c ' ERROR ' target/bench-app.log || true) ERROR lines"
