#!/usr/bin/env bash
# Streaming benchmark of the media endpoint: random 1 MiB ranges and whole-file GETs of a 50 MB video at 64 and
# 1,000 connections, against nginx (Debian's package, sendfile on) serving the same file in the same run, both loaded
# by wrk. Starts and stops its own PostgreSQL, Keycloak, WildFly and nginx in bench/target/work on free loopback
# ports. See bench/README.md.
#   bench/streaming.sh [--mb 50] [--seconds 15] [--warmup 5] [--connections 64,1000]
# The last line of the output is the summary, e.g. "streaming: 1234.5 MB/s (0.91 × nginx 1356.6 MB/s)".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# nginx and wrk come from Debian's packages; installed here when missing (needs root or sudo).
missing=()
[[ -x /usr/sbin/nginx ]] || missing+=(nginx)
[[ -x /usr/bin/wrk ]] || missing+=(wrk)
if (( ${#missing[@]} )); then
  echo "streaming: installing ${missing[*]} with apt-get …" >&2
  sudo_cmd=()
  [[ "$(id -u)" == 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}" >&2
fi

bench_find_java streaming
bench_build_if_missing streaming \
  server/target/wildfly server/target/keycloak ear/target/zhixing.ear \
  launcher/target/zhixing-launcher.jar bench/target/zhixing-bench.jar
bench_run org.zhixing.bench.StreamingBenchmark "$@"
