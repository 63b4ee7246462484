#!/usr/bin/env bash
# Puts the CJK font that certificates and learning records embed into the EJB jar's classes ($1). The font is
# Noto Sans SC Regular (SIL Open Font License 1.1) as the npm package @expo-google-fonts/noto-sans-sc ships it:
# a TrueType file, which PDFBox can subset (Maven Central has no CJK TTF; the web-font packages carry only woff2).
# The package version and the file's SHA-256 are pinned, so every machine builds the same bytes; npm keeps the
# tarball in its cache, so only the first build downloads it (57 MB, of which one 10.6 MB file is kept).
set -euo pipefail

package="@expo-google-fonts/noto-sans-sc@0.4.3"
member="package/400Regular/NotoSansSC_400Regular.ttf"
sha256="d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16"
dir="$1/org/zhixing/platform/pdf"
font="$dir/NotoSansSC-Regular.ttf"

# coreutils on Linux, shasum on macOS
sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1
}

if [[ -f "$font" && "$(sha256_of "$font")" == "$sha256" ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "zhixing: npm is needed to fetch the certificates' Chinese font $package (install Node.js 20+)" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "$package" --silent --no-fund --no-audit >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" "$member" package/LICENSE_FONT
if [[ "$(sha256_of "$work/$member")" != "$sha256" ]]; then
  echo "zhixing: $package's $member is not the pinned font (SHA-256 $sha256)" >&2
  exit 1
fi
mkdir -p "$dir"
cp "$work/$member" "$font"
cp "$work/package/LICENSE_FONT" "$dir/NotoSansSC-OFL.txt"
echo "zhixing: embedded-font $(basename "$font") ($(stat -c %s "$font") bytes) from $package"
