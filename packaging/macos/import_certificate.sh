#!/usr/bin/env bash
# Import the Developer ID certificate into a temporary keychain (CI). Our own few lines
# instead of a third-party action: the certificate and its password go to nothing else.
#
#   MACOS_CERTIFICATE_P12       the .p12, base64      (empty: skipped, with a message)
#   MACOS_CERTIFICATE_PASSWORD  its password
set -euo pipefail
if [[ -z "${MACOS_CERTIFICATE_P12:-}" ]]; then
  echo "macOS signing certificate not configured: the build will say signing was skipped"
  exit 0
fi
: "${MACOS_CERTIFICATE_PASSWORD:?set MACOS_CERTIFICATE_PASSWORD with MACOS_CERTIFICATE_P12}"
tmp=${RUNNER_TEMP:-$(mktemp -d)}
keychain="$tmp/licensegui-signing.keychain-db"
p12="$tmp/licensegui-signing.p12"
keychain_password=$(openssl rand -hex 24)
trap 'rm -f "$p12"' EXIT
printf '%s' "$MACOS_CERTIFICATE_P12" | base64 --decode > "$p12"
security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 3600 "$keychain"
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
echo "Developer ID certificate imported into a temporary keychain"
