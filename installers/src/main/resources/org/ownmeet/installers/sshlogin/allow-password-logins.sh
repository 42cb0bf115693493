install -d -m 700 "$(dirname -- "$BACKUP")"
cp -a -- "$FILE" "$BACKUP"
rm -f -- "$FILE"
sshd -t
