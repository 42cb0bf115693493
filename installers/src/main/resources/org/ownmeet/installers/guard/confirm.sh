if [ -d "$SAVED" ]; then
  systemctl stop "$UNIT.timer" >/dev/null 2>&1 || true
  install -d -m 700 "$BACKUP"
  cp -a -- "$SAVED/." "$BACKUP/"
  rm -rf -- "$DIR"
  echo "$CONFIRMED"
else
  echo "$ALREADY_UNDONE"
fi
