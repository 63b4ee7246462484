#!/usr/bin/env bash
# People import benchmark: a 30,000-row .xlsx through the import API (check + preview, commit, the same sheet again).
# Starts and stops its own PostgreSQL, Keycloak and WildFly in bench/target/work-import on free loopback ports.
#   bench/import.sh [--rows 30000]
# The last line of the output is the summary, e.g. "import: 21.3 s for 30,000 rows (0.36 × the 60 s target)".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_find_java import
bench_build_if_missing import \
  server/target/wildfly server/target/keycloak ear/target/zhixing.ear \
  launcher/target/zhixing-launcher.jar bench/target/zhixing-bench.jar
bench_run org.zhixing.bench.ImportBenchmark "$@"
