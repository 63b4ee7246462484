#!/usr/bin/env bash
# Configures the unpacked WildFly once (offline, embedded CLI) into standalone-zhixing.xml: PostgreSQL driver module,
# datasource, MicroProfile OpenAPI and Health, EE property replacement. A marker file makes re-runs of the build skip it; `mvn clean` starts over.
set -euo pipefail
server_dir=$1
driver_jar=$2
script_dir=$(cd "$(dirname "$0")" && pwd)
marker="$server_dir/.zhixing-configured"
checksum=$(cat "$script_dir/configure.cli" "$0" | sha256sum | cut -d' ' -f1)

if [[ -f "$marker" && "$(cat "$marker")" == "$checksum" ]]; then
  echo "WildFly at $server_dir is already configured"
  exit 0
fi

# Zhixing's configuration starts as a copy of the shipped standalone.xml each time, so the script need not be
# idempotent and the shipped files stay as they came.
configuration="$server_dir/standalone/configuration"
cp "$configuration/standalone.xml" "$configuration/standalone-zhixing.xml"
rm -rf "$server_dir/modules/org/postgresql"

cli_file=$(mktemp --suffix=.cli)
trap 'rm -f "$cli_file"' EXIT
sed "s|@DRIVER_JAR@|$driver_jar|" "$script_dir/configure.cli" >"$cli_file"
bash "$server_dir/bin/jboss-cli.sh" --file="$cli_file" >"$server_dir/configure.log" 2>&1 || {
  echo "WildFly configuration failed; see $server_dir/configure.log" >&2
  tail -n 20 "$server_dir/configure.log" >&2
  exit 1
}
rm -rf "$server_dir/standalone/configuration/standalone_xml_history" "$server_dir/standalone/data" "$server_dir/standalone/log"
echo "$checksum" >"$marker"
echo "WildFly configured at $server_dir"
