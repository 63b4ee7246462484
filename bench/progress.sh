#!/usr/bin/env bash
# Progress benchmark: heartbeat batches of 30,000 simulated learners (real Keycloak accounts with their own tokens)
# through HTTP, the bearer-token check and the progress transaction, against a pgbench upsert ceiling measured on the
# same PostgreSQL in the same run. Starts and stops its own PostgreSQL, Keycloak and WildFly in bench/target/work on
# free loopback ports. See bench/README.md.
#   bench/progress.sh [--learners 30000] [--clients 32] [--rate 3000] [--seconds 30] [--work DIR]
# The last line of the output is the summary, e.g. "progress: 4100 events/s (0.30 × pgbench upsert 13500/s)".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_find_java progress
if [[ ! -x /usr/bin/pgbench ]]; then
  echo "progress: needs pgbench at /usr/bin/pgbench (Debian: apt-get install postgresql-client)" >&2
  exit 1
fi
bench_build_if_missing progress \
  server/target/wildfly server/target/keycloak ear/target/zhixing.ear \
  launcher/target/zhixing-launcher.jar bench/target/zhixing-bench.jar
bench_run org.zhixing.bench.ProgressBenchmark "$@"
