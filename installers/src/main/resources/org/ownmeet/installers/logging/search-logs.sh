# stdin: what mark-logs.sh printed ($MARKS_SIZE bytes); prints each log holding a line that matches $PATTERN
re=$PATTERN
marks=$(head -c "$MARKS_SIZE")
ownmeet_count() { grep -ciE -e "$re" || true; }
ownmeet_not_sshd() { grep -vE ' sshd(-session)?\[[0-9]+\]: ' || true; }
ownmeet_search() {
  local n
  case "$1" in
    /var/log/nginx/*|/var/log/prosody/*|/var/log/jitsi/*) n=$(tail -c +"$2" -- "$1" | ownmeet_count) ;;
    *) n=$(tail -c +"$2" -- "$1" | ownmeet_not_sshd | ownmeet_count) ;;
  esac
  [ "$n" = 0 ] || echo "OWNMEET-FOUND $1"
}
seen=" " cursor="" since=""
while read -r kind a b c; do
  case "$kind" in
    file) if [ -f "$c" ]; then
            if [ "$(stat -c %i -- "$c")" = "$b" ] && [ "$(stat -c %s -- "$c")" -ge "$a" ]; then
              ownmeet_search "$c" $((a + 1))
            else
              ownmeet_search "$c" 1
            fi
          fi
          seen="$seen$c " ;;
    cursor) cursor=$a ;;
    since) since=$a ;;
  esac
done <<< "$marks"
ownmeet_current_logs | while IFS= read -r f; do
  case "$seen" in *" $f "*) ;; *) ownmeet_search "$f" 1 ;; esac
done
if [ -n "$cursor" ]; then
  n=$(journalctl --after-cursor="$cursor" --no-pager -q -o short-iso 2>/dev/null | ownmeet_not_sshd | ownmeet_count)
else
  n=$(journalctl --since="@$since" --no-pager -q -o short-iso 2>/dev/null | ownmeet_not_sshd | ownmeet_count)
fi
[ "$n" = 0 ] || echo "OWNMEET-FOUND the system journal"
