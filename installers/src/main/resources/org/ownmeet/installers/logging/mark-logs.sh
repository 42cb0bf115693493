ownmeet_current_logs | while IFS= read -r f; do echo "file $(stat -c '%s %i' -- "$f") $f"; done
echo "cursor $(journalctl -n 0 --show-cursor --no-pager 2>/dev/null | sed -n 's/^-- cursor: //p')"
echo "since $(date +%s)"
