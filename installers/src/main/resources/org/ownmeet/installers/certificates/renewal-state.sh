echo "timer $(systemctl is-enabled "$TIMER" 2>/dev/null || true) $(systemctl is-active "$TIMER" 2>/dev/null || true)"
echo "next $(systemctl show -p NextElapseUSecRealtime --value "$TIMER" 2>/dev/null || true)"
test -x "$HOOK" && echo 'hook present' || echo 'hook missing'
