# stdin: the password, one line; it never reaches a command line
test ! -e "$DIRECTORY/$ACCOUNT.dat" || { echo "the account exists already; it is left as it is" >&2; exit 3; }
IFS= read -r pw
# Prosody 13's adduser asks the running server, which still has the packages' anonymous login until
# the run's restart; its register writes the store itself, with the configuration on disk, as adduser did
case "$(dpkg-query -W -f='${Version}' prosody)" in
  0.*) printf '%s\n%s\n' "$pw" "$pw" | prosodyctl adduser "$USERNAME@$DOMAIN" >/dev/null ;;
  *) printf '%s\n%s\n' "$pw" "$pw" | prosodyctl register "$USERNAME" "$DOMAIN" >/dev/null ;;
esac
unset pw
test -e "$DIRECTORY/$ACCOUNT.dat" || { echo "Prosody did not create the account" >&2; exit 1; }
