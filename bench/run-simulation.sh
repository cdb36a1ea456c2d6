#!/usr/bin/env bash
# The shop-day simulator from the command line: builds CakeFlow, then replays a scenario's day through the real intake,
# order process and matching on a simulated clock, each run in a fresh in-memory database.
# Usage: bench/run-simulation.sh [--scenario=weekday|weekend|holiday-peak|path.yml] [--volume=1,2,3] [--strategy=SMART,FIFO]
#                                [--extra=DECORATOR:1] [--json=out.json]
# The SMART vs FIFO benchmark of docs/benchmarks.md: bench/run-simulation.sh --scenario=weekday --volume=1,2,3
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -q -ntp package -DskipTests
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
exec java -Xmx1g -Dloader.main=com.cakeflow.simulation.SimulationMain -cp target/cakeflow-*.jar \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
