# stdin: the profile ($PROFILE_SIZE bytes), then the journal's new line ($ENTRY_SIZE bytes)
install -d -m 700 "$DIR"
head -c "$PROFILE_SIZE" > "$PROFILE.tmp"
chmod 600 "$PROFILE.tmp" && sync -- "$PROFILE.tmp" && mv -f "$PROFILE.tmp" "$PROFILE"
head -c "$ENTRY_SIZE" >> "$JOURNAL"
chmod 600 "$JOURNAL"
rm -f "$RESTART_PENDING"
