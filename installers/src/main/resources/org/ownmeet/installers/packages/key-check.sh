# ownmeet_key_is KEYRING FINGERPRINT: accepts the keyring only if its one primary key has that fingerprint
ownmeet_key_is() {
  local home found
  home=$(mktemp -d)
  found=$(GNUPGHOME=$home gpg --batch --show-keys --with-colons -- "$1" 2>/dev/null \
    | awk -F: '$1 == "pub" { p = 1; next } p && $1 == "fpr" { print $10; p = 0 }' | tr '\n' ' ' | sed 's/ $//')
  rm -rf -- "$home"
  if [ "$found" != "$2" ]; then
    printf '%s %s\n' "$WRONG_KEY" "${found:-none}"
    return 1
  fi
}
