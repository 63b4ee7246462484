#!/usr/bin/env bash
# Sign-in benchmark: the start of the city-wide remote session, when 30,000 people (the content pack's city, each with a
# real Keycloak account and token) scan the rotating QR code within 5 minutes, with codes fetched from the screen
# endpoint as they rotate, while the organizer refreshes the live numbers every second; then checks that every
# sign-in is stored exactly once. Starts and stops its own PostgreSQL, Keycloak and WildFly in bench/target/work on
# free loopback ports. See bench/README.md.
#   bench/signin.sh [--people 30000] [--clients 64] [--seconds 300] [--work DIR]
# The last line of the output is the summary, e.g. "signin: 85.0 ms p99 of the 30,000 burst (0.09 × 1000 ms live-view bound)".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_find_java signin
bench_build_if_missing signin \
  server/target/wildfly server/target/keycloak ear/target/zhixing.ear \
  launcher/target/zhixing-launcher.jar bench/target/zhixing-bench.jar
bench_run org.zhixing.bench.SigninBenchmark "$@"
