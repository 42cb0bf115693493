getent group turnserver >/dev/null && echo 'coturn yes' || echo 'coturn no'
# prints the place $1 as a link, missing, or its content's SHA-256, owner, group and mode
ownmeet_place_state() {
  local p=$1
  if [ -L "$p" ]; then printf '%s link\n' "$p"
  elif [ -f "$p" ]; then printf '%s %s %s\n' "$p" "$(sha256sum < "$p" | cut -d' ' -f1)" "$(stat -c '%U %G %a' -- "$p")"
  else printf '%s missing\n' "$p"; fi
}
