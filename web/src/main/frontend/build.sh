#!/usr/bin/env bash
# Builds the portal SPA into the directory given as $1 (Maven passes web/target/frontend-dist,
# whose contents become the WAR root). Installs node_modules only when the lockfile changed.
# ZHIXING_PORTAL_TEST=1 also runs the unit tests (vitest) before building.
set -euo pipefail

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "zhixing: node and npm are needed to build the portal (install Node.js 20+, e.g. apt-get install nodejs npm)" >&2
  exit 1
fi

# Vite 8 needs Node 20.19+; say so plainly rather than failing deep inside the bundler.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "zhixing: Node.js 20.19+ is needed to build the portal (found $(node --version))" >&2
  exit 1
fi

out="${1:-dist}"
case "$out" in
  /*) ;;
  *) out="$PWD/$out" ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")"
started=$SECONDS

# npm ci writes node_modules/.package-lock.json; a lockfile newer than it means the deps changed.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "zhixing: installing portal dependencies (npm ci)"
  # --ignore-scripts: no package may run install scripts (nothing is downloaded beyond the registry).
  # --include=dev: the build tools are devDependencies, even if NODE_ENV=production is set.
  npm ci --ignore-scripts --include=dev --no-audit --no-fund --loglevel=error
fi

if [[ "${ZHIXING_PORTAL_TEST:-}" == "1" ]]; then
  node_modules/.bin/vitest run
fi

node_modules/.bin/vue-tsc --noEmit -p tsconfig.json
node_modules/.bin/vite build --outDir "$out" --emptyOutDir --logLevel warn

echo "zhixing: portal built into $out in $((SECONDS - started)) s"
