# Shared by the benchmark scripts (source it): finds a JDK 21 or newer and builds what a benchmark needs.
# Same rules as the root ./zhixing script: JAVA_HOME if set (refused if older), else java on the PATH, else the
# newest JDK under /usr/lib/jvm.

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The Java feature version of a java executable ("17", "21", "25"; "1" for Java 8), or nothing if it does not run.
bench_java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Sets and exports JAVA_HOME to a JDK >= 21, or exits 1 with one line naming what was found.
bench_find_java() {
  local name="$1" candidate version found=""
  if [[ -n "${JAVA_HOME:-}" ]]; then
    version="$(bench_java_version "$JAVA_HOME/bin/java")"
    if [[ -n "$version" && "$version" -ge 21 ]]; then
      export JAVA_HOME
      return
    fi
    echo "$name: needs JDK 21 or newer (found ${version:-no java} at $JAVA_HOME/bin/java); set JAVA_HOME" >&2
    exit 1
  fi
  if candidate="$(command -v java)"; then
    version="$(bench_java_version "$candidate")"
    if [[ -n "$version" && "$version" -ge 21 ]]; then
      export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$candidate")")")"
      return
    fi
    found="${version:-an unusable java} at $candidate"
  fi
  local best="" best_version=0
  for candidate in /usr/lib/jvm/*/bin/java; do
    [[ -x "$candidate" ]] || continue
    version="$(bench_java_version "$candidate")"
    if [[ -n "$version" && "$version" -ge 21 && "$version" -gt "$best_version" ]]; then
      best="$candidate"
      best_version="$version"
    fi
  done
  if [[ -n "$best" ]]; then
    export JAVA_HOME="$(dirname "$(dirname "$best")")"
    return
  fi
  echo "$name: needs JDK 21 or newer (found ${found:-no java}); set JAVA_HOME" >&2
  exit 1
}

# Builds everything (./mvnw -q -DskipTests install) if any of the given paths, relative to the root, is missing.
bench_build_if_missing() {
  local name="$1" built
  shift
  for built in "$@"; do
    if [[ ! -e "$bench_root/$built" ]]; then
      echo "$name: $built is missing; building (./mvnw -q -DskipTests install) …" >&2
      (cd "$bench_root" && ./mvnw -q -DskipTests install)
      return
    fi
  done
}

# Runs a benchmark main class on the bench module's class path, in the foreground (Ctrl-C stops its servers).
bench_run() {
  local main="$1"
  shift
  exec "$JAVA_HOME/bin/java" -Dzhixing.home="$bench_root" -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 \
    -Dfile.encoding=UTF-8 -Xmx2g --enable-native-access=ALL-UNNAMED \
    -cp "$bench_root/bench/target/zhixing-bench.jar:$bench_root/bench/target/lib/*" "$main" "$@"
}
