#!/usr/bin/env bash
# Search benchmark of the policy library: p99 of queries through the HTTP API at 100,000 documents, against a bare
# Lucene loop over the same index. Starts and stops its own PostgreSQL, Keycloak and WildFly in bench/target/work
# on free loopback ports. See bench/README.md.
#   bench/search.sh [--docs 100000] [--seed 20240501] [--seconds 25] [--warmup 15]
# The last line of the output is the summary, e.g. "search: 23.4 ms p99 (1.9 × bare Lucene 12.3 ms)".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_find_java search
bench_build_if_missing search \
  server/target/wildfly server/target/keycloak ear/target/zhixing.ear \
  launcher/target/zhixing-launcher.jar bench/target/zhixing-bench.jar
bench_run org.zhixing.bench.SearchBenchmark "$@"
