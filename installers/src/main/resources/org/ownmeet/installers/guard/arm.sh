systemctl stop "$UNIT.timer" "$UNIT.service" >/dev/null 2>&1 || true
systemctl reset-failed "$UNIT.timer" "$UNIT.service" >/dev/null 2>&1 || true
rm -rf -- "$DIR"
install -d -m 700 "$DIR" "$SAVED"
for f in "${FILES[@]}"; do
  if [ -f "$f" ]; then mkdir -p -- "$SAVED$(dirname -- "$f")"; cp -a -- "$f" "$SAVED$f"; fi
done
@SAVE@
{ echo '#!/bin/bash'
  echo "# OwnMeet: puts back what was there before $WHAT, which no new SSH login confirmed."
  echo "exec 9>/run/ownmeet-$NAME.lock"
  echo 'flock 9'
  declare -f ownmeet_undo
  echo ownmeet_undo; } > "$DIR/undo.sh"
chmod 700 "$DIR/undo.sh"
sync
systemd-run --quiet --unit="$UNIT" --description="OwnMeet: undo $WHAT unless a new SSH login confirms it" \
  --on-active="${WINDOW}s" --timer-property=AccuracySec=1s /bin/bash "$DIR/undo.sh"
