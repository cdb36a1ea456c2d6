#!/usr/bin/env bash
# Measures every staff screen and read API on a year of history (bench/seed-history.sh first): starts the app on the
# seeded database (Flyway applies any newer migration first: the time it takes is printed), runs
# bench/read_benchmark.py (p50/p95/p99 per endpoint, PASS/FAIL against 50 ms p95), stops it, then prints the plans
# of the key queries (EXPLAIN ANALYZE, BUFFERS) with parameters drawn from the data (bench/read-plans.sql).
# Usage: bench/read-benchmark.sh [--db cakeflow_history] [--requests 200] [--clients 2] [--warmup 40] [--warmup-rounds 2]
#        SKIP_BUILD=1 uses target/cakeflow-*.jar as it is; JAR=other.jar measures another build.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=cakeflow_history; PORT=${PORT:-18191}; ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp package -DskipTests
JAR=${JAR:-$(ls target/cakeflow-*.jar | head -n 1)}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), PostgreSQL $(psql -h 127.0.0.1 -U postgres -At -c 'show server_version')"
echo "database $DB: $(psql -h 127.0.0.1 -U postgres -At -d "$DB" -c "select count(*) || ' orders, ' || (select count(*) from customer) || ' customers, ' || pg_size_pretty(pg_database_size('$DB')) from cake_order")"
started=$(date +%s)
java -Xmx1g -jar "$JAR" --server.port="$PORT" --spring.profiles.active=postgres,demo \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --logging.level.root=WARN > target/read-benchmark-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/actuator/health', timeout=2)" 2>/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app did not start: target/read-benchmark-app.log" >&2; exit 1; }
  sleep 1
done
echo "app up in $(( $(date +%s) - started )) s (migrations: $(psql -h 127.0.0.1 -U postgres -At -d "$DB" -c "select coalesce(string_agg(version || ' ' || execution_time || ' ms', ', '), 'none new') from flyway_schema_history where installed_on > now() - interval '1 hour' and version in ('33', '34')"))"
status=0
python3 bench/read_benchmark.py run --port "$PORT" --db "$DB" "${ARGS[@]}" || status=$?
kill $APP; wait $APP 2>/dev/null || true
trap - EXIT
echo "app log: $(grep -c ' ERROR ' target/read-benchmark-app.log || true) ERROR lines"
echo
echo "## query plans"
psql -h 127.0.0.1 -U postgres -d "$DB" -q -v ON_ERROR_STOP=1 -f bench/read-plans.sql | python3 bench/plan_summary.py
exit $status
