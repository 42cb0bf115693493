# Two passes, so that a batch is written whole or not at all: first every new content goes to a
# temporary file beside its target and every old file is copied to the backups (under $BACKUP_FOLDER);
# only when all of that worked (a full disk fails it) are the temporary files renamed into place
# (ownmeet_commit), which needs no space.
ownmeet_tmps=() ownmeet_targets=() ownmeet_backups=()
declare -A ownmeet_cleaned=()
ownmeet_fail() {
  local i=$1 dir=$2 error=$3 tmp
  for tmp in "${ownmeet_tmps[@]}"; do rm -f -- "$tmp"; done
  case "$error" in
    *"No space left on device"*|*"Disk quota exceeded"*) echo "OWNMEET-NO-SPACE $i $dir";;
  esac
  echo "$error" >&2
  exit 1
}
ownmeet_write() {
  local i=$1 target=$2 want=$3 mode=$4 owner=$5 group=$6 size=$7 dir tmp backup error
  if [ -L "$target" ]; then target=$(readlink -f -- "$target"); fi
  dir=$(dirname -- "$target")
  if [ -f "$target" ]; then
    if [ "$mode" = keep ]; then mode=$(stat -c %a -- "$target"); fi
    if [ "$owner" = keep ]; then owner=$(stat -c %U -- "$target"); fi
    if [ "$group" = keep ]; then group=$(stat -c %G -- "$target"); fi
    if [ "$(sha256sum < "$target" | cut -d' ' -f1)" = "$want" ] \
        && [ "$(stat -c '%a %U %G' -- "$target")" = "$mode $owner $group" ]; then
      head -c "$size" > /dev/null
      echo "OWNMEET-UNCHANGED $i"
      return 0
    fi
  else
    if [ "$mode" = keep ]; then mode=644; fi
    if [ "$owner" = keep ]; then owner=root; fi
    if [ "$group" = keep ]; then group=root; fi
  fi
  mkdir -p -- "$dir"
  if [ -z "${ownmeet_cleaned[$dir]:-}" ]; then
    # left over by a run cut off; not this batch's own
    find "$dir" -maxdepth 1 -name '.ownmeet-*.tmp' -type f -delete
    ownmeet_cleaned[$dir]=1
  fi
  if ! tmp=$(mktemp -- "$dir/.ownmeet-XXXXXXXX.tmp" 2>&1); then ownmeet_fail "$i" "$dir" "$tmp"; fi
  ownmeet_tmps[i]=$tmp
  if ! error=$( { head -c "$size" > "$tmp" && sync -- "$tmp"; } 2>&1 ); then ownmeet_fail "$i" "$dir" "$error"; fi
  if [ "$(sha256sum < "$tmp" | cut -d' ' -f1)" != "$want" ]; then
    ownmeet_fail "$i" "$dir" "the new content of $target arrived damaged"
  fi
  chown -- "$owner:$group" "$tmp"
  chmod -- "$mode" "$tmp"
  ownmeet_targets[i]=$target
  ownmeet_backups[i]=""
  if [ -e "$target" ]; then
    backup=$BACKUP_FOLDER$target
    mkdir -p -- "$(dirname -- "$backup")"
    if ! error=$(cp -a -- "$target" "$backup" 2>&1); then ownmeet_fail "$i" "$(dirname -- "$backup")" "$error"; fi
    ownmeet_backups[i]=$backup
  fi
}
ownmeet_commit() {
  local i
  for i in "${!ownmeet_targets[@]}"; do
    mv -f -- "${ownmeet_tmps[$i]}" "${ownmeet_targets[$i]}"
    sync -- "$(dirname -- "${ownmeet_targets[$i]}")"
    if [ -n "${ownmeet_backups[$i]}" ]; then
      echo "OWNMEET-REPLACED $i ${ownmeet_backups[$i]}"
    else
      echo "OWNMEET-CREATED $i"
    fi
  done
}
