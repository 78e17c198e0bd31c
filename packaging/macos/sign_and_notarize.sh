#!/usr/bin/env bash
# Sign (hardened runtime), notarize and staple dist/licensegui.app. Called by packaging/build.py.
#
#   LICENSEGUI_CODESIGN_IDENTITY  "Developer ID Application: Your Company (TEAMID)"   (required)
#   LICENSEGUI_NOTARY_PROFILE     a notarytool keychain profile (xcrun notarytool store-credentials)
#     or APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD (an app-specific password)
#
# Sign every release with the SAME Developer ID: macOS ties the Keychain's "Always Allow" for
# the stored API key to the app's signature, so a different identity means new prompts.
set -euo pipefail
app=${1:?usage: sign_and_notarize.sh path/to/licensegui.app}
identity=${LICENSEGUI_CODESIGN_IDENTITY:?set LICENSEGUI_CODESIGN_IDENTITY}
here=$(cd "$(dirname "$0")" && pwd)

echo "[sign] signing $app as $identity (hardened runtime)"
codesign --force --deep --timestamp --options runtime \
  --entitlements "$here/entitlements.plist" --sign "$identity" "$app"
codesign --verify --deep --strict --verbose=2 "$app"

if [[ -n "${LICENSEGUI_NOTARY_PROFILE:-}" ]]; then
  auth=(--keychain-profile "$LICENSEGUI_NOTARY_PROFILE")
elif [[ -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
  auth=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
else
  echo "[sign] notarization skipped: set LICENSEGUI_NOTARY_PROFILE, or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD"
  exit 0
fi

zip="$(mktemp -d)/licensegui-notarize.zip"
ditto -c -k --keepParent "$app" "$zip"
echo "[sign] submitting to Apple's notary service (waits for the verdict)"
xcrun notarytool submit "$zip" "${auth[@]}" --wait
xcrun stapler staple "$app"
spctl --assess --type execute --verbose "$app"
echo "[sign] signed, notarized and stapled"
