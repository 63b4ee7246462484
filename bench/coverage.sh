#!/usr/bin/env bash
# Coverage benchmark: a city-wide training plan of 50 required courses over the demo city's 30,449 people and ~1.3 M
# done items; the city report and its drill-downs through the API with city-admin's token, against a plain SQL
# aggregate of the same figures on the same PostgreSQL in the same run, and the seconds until a learner's completion
# shows in the city's figures. Starts and stops its own PostgreSQL, Keycloak and WildFly in bench/target/work on free
# loopback ports. See bench/README.md.
#   bench/coverage.sh [--courses 50] [--repeats 200] [--work DIR]
# The last line of the output is the summary, e.g.
# "coverage: 180 ms for the city report (2.0 × plain SQL aggregate 90 ms)" (p99 of each).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_find_java coverage
bench_build_if_missing coverage \
  server/target/wildfly server/target/keycloak ear/target/zhixing.ear \
  launcher/target/zhixing-launcher.jar bench/target/zhixing-bench.jar
bench_run org.zhixing.bench.CoverageBenchmark "$@"
