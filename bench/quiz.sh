#!/usr/bin/env bash
# Quiz benchmark: the end of a remote session, when 5,000 learners (real Keycloak accounts with their own tokens)
# submit the same quiz within a minute, through HTTP, the bearer-token check and the attempt transaction; then checks
# that the database holds exactly the answers sent, each counted once. Starts and stops its own PostgreSQL, Keycloak
# and WildFly in bench/target/work on free loopback ports. See bench/README.md.
#   bench/quiz.sh [--learners 5000] [--questions 20] [--clients 32] [--seconds 60] [--work DIR]
# The last line of the output is the summary, e.g. "quiz: 85.0 ms p99 of 5,000 submits (0.28 × 300 ms target)".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_find_java quiz
bench_build_if_missing quiz \
  server/target/wildfly server/target/keycloak ear/target/zhixing.ear \
  launcher/target/zhixing-launcher.jar bench/target/zhixing-bench.jar
bench_run org.zhixing.bench.QuizBenchmark "$@"
