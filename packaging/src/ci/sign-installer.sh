#!/usr/bin/env bash
# Signs the installers in the given folder; run by .github/workflows/installers.yml only when the
# repository has the secrets OWNMEET_SIGNING_CERTIFICATE (the certificate with its private key,
# base64: a .pfx for Windows, a .p12 for macOS) and OWNMEET_SIGNING_PASSWORD (its password).
set -euo pipefail
dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
certificate=$work/certificate.p12
printf '%s' "$SIGNING_CERTIFICATE" | base64 --decode > "$certificate"

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*)
    for msi in "$dir"/*.msi; do
      signtool sign //f "$certificate" //p "$SIGNING_PASSWORD" //fd sha256 //tr http://timestamp.digicert.com //td sha256 "$msi"
    done
    ;;
  Darwin)
    keychain=$work/signing.keychain-db
    security create-keychain -p "$SIGNING_PASSWORD" "$keychain"
    security unlock-keychain -p "$SIGNING_PASSWORD" "$keychain"
    security import "$certificate" -k "$keychain" -P "$SIGNING_PASSWORD" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -k "$SIGNING_PASSWORD" "$keychain" >/dev/null
    identity=$(security find-identity -v -p codesigning "$keychain" | awk -F'"' 'NR==1 {print $2}')
    for dmg in "$dir"/*.dmg; do
      codesign --force --timestamp --keychain "$keychain" --sign "$identity" "$dmg"
    done
    security delete-keychain "$keychain"
    ;;
  *)
    echo "no signing for $(uname -s)" >&2
    exit 1
    ;;
esac
