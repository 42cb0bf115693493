# stdin: the password, one line; it never reaches a command line
test ! -e "$DIRECTORY/$ACCOUNT.dat" || { echo "the account exists already; it is left as it is" >&2; exit 3; }
IFS= read -r pw
printf '%s\n%s\n' "$pw" "$pw" | prosodyctl adduser "$JID" >/dev/null
unset pw
test -e "$DIRECTORY/$ACCOUNT.dat" || { echo "Prosody did not create the account" >&2; exit 1; }
