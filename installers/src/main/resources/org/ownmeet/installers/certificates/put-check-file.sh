install -d -m 755 "$CHALLENGES"
rm -f -- "$CHALLENGES/$CHECK_PREFIX"*
printf '%s' "$CONTENT" > "$CHALLENGES/$NAME"
chmod 644 "$CHALLENGES/$NAME"
