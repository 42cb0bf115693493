if [ -d "$SAVED" ]; then
  systemctl stop "$UNIT.timer" >/dev/null 2>&1 || true
  ownmeet_undo
  echo "$UNDID_EARLIER"
fi
