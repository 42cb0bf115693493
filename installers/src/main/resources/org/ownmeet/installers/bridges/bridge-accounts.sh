# each bridge account's file after a line with its name, so its SCRAM keys can be compared
for f in "$DIRECTORY/$PREFIX"*.dat; do
  [ -f "$f" ] || continue
  printf '%s%s\n' "$MARK" "${f##*/}"
  cat "$f"
  echo
done
