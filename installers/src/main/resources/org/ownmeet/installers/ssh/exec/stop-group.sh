ownmeet_tree() {
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v group="$GROUP" -v known="$1" '
    { pid = $1; sub(/.*\) /, ""); if ($1 == "Z") next; ppid[pid] = $2; if ($3 == group) mark[pid] = 1 }
    END {
      n = split(known, k, " "); for (i = 1; i <= n; i++) if (k[i] in ppid) mark[k[i]] = 1
      do { changed = 0; for (p in ppid) if (!(p in mark) && (ppid[p] in mark)) { mark[p] = 1; changed = 1 } } while (changed)
      for (p in mark) printf "%s ", p
    }' || true
}
pids=$(ownmeet_tree "")
[ -n "$pids" ] || exit 0
# shellcheck disable=SC2086 # the process ids are separate words on purpose
kill -TERM $pids 2>/dev/null || true
for _ in $(seq 50); do pids=$(ownmeet_tree "$pids"); [ -n "$pids" ] || exit 0; sleep 0.1; done
# shellcheck disable=SC2086 # as above
kill -KILL $pids 2>/dev/null || true
