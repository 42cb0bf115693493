apt-cache policy "${PACKAGES[@]}" 2>/dev/null | awk '
  /^[^ ]/ { p = $1; sub(/:$/, "", p) }
  /^  Installed:/ { i[p] = $2 }
  /^  Candidate:/ { c[p] = $2 }
  END { for (p in i) print p, i[p], c[p] }' | while read -r p installed candidate; do
  if [ "$installed" != "(none)" ] && [ -n "$candidate" ] && [ "$candidate" != "(none)" ] \
     && dpkg --compare-versions "$candidate" gt "$installed"; then echo "$p $installed $candidate"; fi
done | sort
