#!/usr/bin/env bash
# Account provisioning benchmark: a people sheet through the import API, then the application's background worker
# makes every person's Keycloak account; against Keycloak's own single-user create loop (POST /users with the password,
# hashed by Keycloak) on the same Keycloak. Starts and stops its own PostgreSQL, Keycloak and WildFly in
# bench/target/work-accounts on free loopback ports. See bench/README.md.
#   bench/accounts.sh [--rows 30000] [--reference 300] [--restart]
# The last line of the output is the summary, e.g.
# "accounts: 300 s for 30,000 accounts (0.25 × Keycloak's single-user create loop 1200 s)".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_find_java accounts
bench_build_if_missing accounts \
  server/target/wildfly server/target/keycloak ear/target/zhixing.ear \
  launcher/target/zhixing-launcher.jar bench/target/zhixing-bench.jar
bench_run org.zhixing.bench.AccountsBenchmark "$@"
