install -d -m 700 "$DIR"
printf '%s\n' "${SERVICES[@]}" > "$RESTART_PENDING.tmp"
chmod 600 "$RESTART_PENDING.tmp" && sync -- "$RESTART_PENDING.tmp" && mv -f "$RESTART_PENDING.tmp" "$RESTART_PENDING"
