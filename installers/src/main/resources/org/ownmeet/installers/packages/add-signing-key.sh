if ! command -v curl >/dev/null || ! command -v gpg >/dev/null; then
  ownmeet_apt update
  ownmeet_apt install --no-install-recommends curl gnupg ca-certificates
fi
dir=$(dirname "$KEYRING")
tmp=$(mktemp -- "$dir/.ownmeet-XXXXXXXX.tmp")
trap 'rm -f -- "$tmp" "$tmp.key"' EXIT
curl -fsSL "${PROTOCOLS[@]}" --max-time 120 -o "$tmp.key" "$KEY_URL"
if grep -q 'BEGIN PGP PUBLIC KEY BLOCK' "$tmp.key"; then gpg --dearmor < "$tmp.key" > "$tmp"; else cp "$tmp.key" "$tmp"; fi
if [ -n "$FINGERPRINT" ]; then ownmeet_key_is "$tmp" "$FINGERPRINT" || exit "$WRONG_KEY_STATUS"; fi
chmod 644 "$tmp" && sync -- "$tmp" && mv -f -- "$tmp" "$KEYRING"
