#!/usr/bin/env bash
# A year of history: a fresh PostgreSQL database the app migrates (demo stores, catalog, staff), then ~a year of
# finished orders written with set-based SQL (bench/seed-history.sql), then open orders placed through the running app
# (POST /api/orders, so their processes and tasks are real), then ANALYZE. Prints the time each part took and the rows.
# Usage: bench/seed-history.sh [--orders 1000000] [--customers N (default orders/4)] [--open 1500] [--db cakeflow_history]
#        bench/seed-history.sh --open-only --open 1500   only places more open orders into a seeded database
#        (PostgreSQL on 127.0.0.1:5432, user postgres, trust auth; SKIP_BUILD=1 uses target/cakeflow-*.jar as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
ORDERS=1000000; CUSTOMERS=""; OPEN=1500; DB=cakeflow_history; PORT=${PORT:-18190}
while [ $# -gt 0 ]; do
  case "$1" in
    --orders) ORDERS=$2; shift 2 ;;
    --customers) CUSTOMERS=$2; shift 2 ;;
    --open) OPEN=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --open-only) OPEN_ONLY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
CUSTOMERS=${CUSTOMERS:-$((ORDERS / 4))}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -ntp package -DskipTests
JAR=${JAR:-$(ls target/cakeflow-*.jar | head -n 1)}
start=$(date +%s)
OPEN_ONLY=${OPEN_ONLY:-}
[ -n "$OPEN_ONLY" ] || "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

java -Xmx1g -jar "$JAR" --server.port="$PORT" --spring.profiles.active=postgres,demo \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --logging.level.root=WARN > target/seed-history-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/actuator/health', timeout=2)" 2>/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "the app did not start: target/seed-history-app.log" >&2; exit 1; }
  sleep 1
done
migrated=$(date +%s)
echo "migrated $DB in $((migrated - start)) s"

[ -n "$OPEN_ONLY" ] || "${PSQL[@]}" -d "$DB" -v orders="$ORDERS" -v customers="$CUSTOMERS" -v days=365 -v seed=0.42 -f bench/seed-history.sql
seeded=$(date +%s)
echo "history written in $((seeded - migrated)) s"

python3 bench/read_benchmark.py place-open --port "$PORT" --db "$DB" --open "$OPEN"
placed=$(date +%s)
echo "$OPEN open orders placed in $((placed - seeded)) s"
kill $APP; wait $APP 2>/dev/null || true
trap - EXIT

"${PSQL[@]}" -d "$DB" -c "vacuum analyze"
done_at=$(date +%s)
echo "vacuum analyze in $((done_at - placed)) s; total $((done_at - start)) s"
"${PSQL[@]}" -d "$DB" -P footer=off -c "
select t.name as table_name, t.n as rows from (
  select 'customer' as name, count(*) as n from customer union all
  select 'cake_order', count(*) from cake_order union all
  select 'cake_order open', count(*) from cake_order where status not in ('COMPLETED', 'CANCELLED') union all
  select 'cake_order_item', count(*) from cake_order_item union all
  select 'cake_order_item_add_on', count(*) from cake_order_item_add_on union all
  select 'payment', count(*) from payment union all
  select 'order_event', count(*) from order_event union all
  select 'capacity_booking', count(*) from capacity_booking union all
  select 'staff_assignment', count(*) from staff_assignment union all
  select 'notification', count(*) from notification union all
  select 'alert', count(*) from alert union all
  select 'act_hi_procinst', count(*) from act_hi_procinst union all
  select 'act_ru_execution', count(*) from act_ru_execution union all
  select 'act_ru_task', count(*) from act_ru_task) t"
"${PSQL[@]}" -d "$DB" -At -c "select 'money check (paid - refunded per order = payments): ' ||
  case when count(*) = 0 then 'ok' else count(*) || ' orders differ' end
  from cake_order o left join (select order_id, sum(case when kind = 'PAYMENT' then amount_fen else -amount_fen end) as net from payment group by order_id) p
    on p.order_id = o.id where o.paid_fen - o.refunded_fen <> coalesce(p.net, 0)"
echo "database size: $("${PSQL[@]}" -d "$DB" -At -c "select pg_size_pretty(pg_database_size('$DB'))")"
