#!/usr/bin/env bash
# Issue 17 point 3: HanLP's portable edition against the free-text entry finders on customerName and address, over
# every corpus file (src/test/resources/entry): right / cases per strategy, corpus file and language group, the time
# of one read, HanLP's load time and heap (src/test/java/com/cakeflow/entry/HanlpEvaluation.java, not in the suite).
# Usage: bench/hanlp-evaluation.sh               the finders as they are; figures also in target/hanlp-evaluation.txt
#        FINDERS=4139cb6 bench/hanlp-evaluation.sh  the finders of that commit (4139cb6: before batch 4 was looked at,
#        i.e. on text they were not fixed against), in a scratch worktree under target/ that is removed afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
DIR=.
if [ -n "${FINDERS:-}" ]; then
  DIR=target/hanlp-finders-$FINDERS
  git worktree add --detach "$DIR" HEAD > /dev/null 2>&1
  trap 'git worktree remove --force "$DIR"' EXIT
  git -C "$DIR" checkout "$FINDERS" -- src/main/java/com/cakeflow/entry
  cp pom.xml "$DIR"/ && cp src/test/java/com/cakeflow/entry/HanlpEvaluation.java "$DIR"/src/test/java/com/cakeflow/entry/
  mkdir -p "$DIR"/target
  echo "finders of $(git log -1 --format='%h %s' "$FINDERS")"
fi
(cd "$DIR" && ./mvnw -B -q -ntp test -Dtest=HanlpEvaluation -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.redirectTestOutputToFile=true > target/hanlp-evaluation-build.log 2>&1) \
  || { tail -n 60 "$DIR"/target/hanlp-evaluation-build.log >&2; exit 1; }
[ "$DIR" = . ] || cp "$DIR"/target/hanlp-evaluation.txt target/hanlp-evaluation-$FINDERS.txt
cat "$DIR"/target/hanlp-evaluation.txt
