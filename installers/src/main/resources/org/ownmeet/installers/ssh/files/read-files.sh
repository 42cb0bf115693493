ownmeet_read() {
  if [ -f "$2" ]; then
    echo "OWNMEET-FILE $1 $(stat -L -c '%a %U %G' -- "$2")"
    base64 -w0 < "$2"
    echo
  else
    echo "OWNMEET-MISSING $1"
  fi
}
