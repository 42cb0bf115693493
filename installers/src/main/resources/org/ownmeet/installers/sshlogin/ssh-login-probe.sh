pid=$$; conn=
while [ "${pid:-0}" -gt 1 ]; do
  conn=$(tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | sed -n 's/^SSH_CONNECTION=//p' | head -n 1 || true)
  [ -n "$conn" ] && break
  pid=$(awk '/^PPid:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
done
# shellcheck disable=SC2086 # the connection's four words become $1 to $4
set -- $conn
if [ -n "${2:-}" ]; then
  { journalctl -q --no-pager -o cat -t sshd -n 20000 2>/dev/null; cat /var/log/auth.log 2>/dev/null; } \
    | grep -F " from $1 port $2 " | sed -n 's/.*Accepted \([a-z-]*\) for .*/login \1/p' | tail -n 1
fi
if [ -d "$SAVED" ]; then echo undo-pending; fi
