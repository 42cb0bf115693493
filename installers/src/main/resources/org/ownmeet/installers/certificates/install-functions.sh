# A place is written as a real file in its own folder, never through a link: the packages link
# Prosody's pair into /var/lib/prosody, a folder Prosody's user owns, so following the link would
# let that user choose which file root replaces. The link itself is replaced by the file (mv -T).
ownmeet_place() {
  local source=$1 target=$2 owner=$3 group=$4 mode=$5 dir tmp
  dir=$(dirname -- "$target")
  if [ -f "$target" ] && [ ! -L "$target" ] && cmp -s -- "$source" "$target" \
      && [ "$(stat -c '%U %G %a' -- "$target")" = "$owner $group $mode" ]; then
    return 0
  fi
  mkdir -p -- "$dir"
  find "$dir" -maxdepth 1 -name '.ownmeet-*.tmp' -type f -delete
  tmp=$(mktemp -- "$dir/.ownmeet-XXXXXXXX.tmp")
  cat -- "$source" > "$tmp"
  chown -h -- "$owner:$group" "$tmp"
  chmod -- "$mode" "$tmp"
  sync -- "$tmp"
  if [ -e "$target" ] || [ -L "$target" ]; then
    mkdir -p -- "$ownmeet_backup$dir"
    cp -a -- "$target" "$ownmeet_backup$target"
    printf '%s\n' "$target" >> "$ownmeet_backup/.ownmeet-replaced"
  else
    printf '%s\n' "$target" >> "$ownmeet_backup/.ownmeet-created"
  fi
  mv -T -f -- "$tmp" "$target"
  sync -- "$dir"
}
# Before anything is written: each place's folders are root's alone, and a place that is a link
# is the packages' own (one step to a plain file in /var/lib/prosody, not a further link).
# Anything else stops the run with a line naming the place and where it leads.
ownmeet_check_place() {
  local target=$1 part next
  part=$(dirname -- "$target")
  while [ "$part" != / ]; do
    if [ -L "$part" ] || { [ -e "$part" ] && [ "$(stat -c '%u' -- "$part")" != 0 ]; } \
        || { [ -e "$part" ] && [ -n "$(find "$part" -maxdepth 0 -perm /022 ! -perm -1000)" ]; }; then
      printf '%s %s %s\n' @UNSAFE_PLACE@ "$target" "$part"
      return 1
    fi
    part=$(dirname -- "$part")
  done
  if [ -L "$target" ]; then
    next=$(readlink -- "$target")
    if [ "$(dirname -- "$next")" != /var/lib/prosody ] || [ -L "$next" ] || { [ -e "$next" ] && [ ! -f "$next" ]; }; then
      printf '%s %s %s\n' @UNSAFE_PLACE@ "$target" "$(readlink -f -- "$target")"
      return 1
    fi
  fi
}
ownmeet_put_back() {
  local target tmp
  if [ -f "$ownmeet_backup/.ownmeet-replaced" ]; then
    while IFS= read -r target; do
      tmp=$(dirname -- "$target")/.ownmeet-put-back-$$.tmp
      rm -f -- "$tmp"
      cp -a -- "$ownmeet_backup$target" "$tmp"
      sync -- "$tmp"
      mv -T -f -- "$tmp" "$target"
    done < "$ownmeet_backup/.ownmeet-replaced"
  fi
  if [ -f "$ownmeet_backup/.ownmeet-created" ]; then
    while IFS= read -r target; do rm -f -- "$target"; done < "$ownmeet_backup/.ownmeet-created"
  fi
}
# Prosody's own check of the main host: its certificate and key load, Prosody may read the key,
# and the certificate is for the domain (the other hosts' findings are the packages' business,
# so Prosody's own verdict, which covers every host, is not taken)
ownmeet_prosody_check() {
  local report
  report=$(prosodyctl check certs 2>&1 || true)
  printf '%s
' "$report" | awk -v host=@DOMAIN@ '
    /^Checking certificate for / { mine = ($4 == host) }
    mine { print }
    mine && /Error:|Could not open|has expired|Not valid for client connections|No .(certificate|key). found/ { bad = 1 }
    END { exit bad }'
}
ownmeet_install_certificate() {
  # shellcheck disable=SC2034 # chain and key are read by the lines in place of @PLACES@
  local chain=$1 key=$2 out
  ownmeet_backup=$3
  install -d -m 700 -- "$ownmeet_backup"
  rm -f -- "$ownmeet_backup/.ownmeet-replaced" "$ownmeet_backup/.ownmeet-created"
@PLACES@
  if ! out=$(nginx -t 2>&1); then
    ownmeet_put_back
    printf '%s nginx -t\n%s\n' @REJECTED@ "$out"
    # shellcheck disable=SC2152 # the placeholder becomes a number
    return @REJECTED_STATUS@
  fi
  if ! out=$(ownmeet_prosody_check); then
    ownmeet_put_back
    printf '%s prosodyctl check certs\n%s\n' @REJECTED@ "$out"
    # shellcheck disable=SC2152 # the placeholder becomes a number
    return @REJECTED_STATUS@
  fi
  # the new pair is in place and accepted: the private keys it replaced are not kept
@OLD_KEYS@
}
