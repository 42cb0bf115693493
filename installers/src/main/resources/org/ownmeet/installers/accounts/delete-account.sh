case "$(dpkg-query -W -f='${Version}' prosody)" in
  0.*) prosodyctl deluser "$USERNAME@$DOMAIN" >/dev/null ;;
  # 13.0 reports a failure even after deleting (its delete_user returns nothing): the file tells
  *) prosodyctl unregister "$USERNAME" "$DOMAIN" >/dev/null 2>&1 || true ;;
esac
test ! -e "$DIRECTORY/$ACCOUNT.dat" || { echo "Prosody did not delete the account" >&2; exit 1; }
