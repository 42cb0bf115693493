# Writes the note after certbot failed: ownmeet_record_failure LOG STATUS (certbot's output and exit status)
ownmeet_record_failure() {
  local log=$1 status=$2 reason
  install -d -m 700 /etc/ownmeet
  # certbot's own words: the CA's "Detail:" line, or the line after "An unexpected error occurred:"
  reason=$(awk '/^ *Detail:/ { print; exit } after { print; exit } /An unexpected error occurred:/ { after = 1 }' "$log" \
    | sed -e 's/^ *//' -e 's/[[:cntrl:]]//g' | cut -c1-300)
  { echo "time $(date +%s)"; echo directory "$FAILURE_DIRECTORY"; echo "reason ${reason:-certbot exited with status $status}"; } > "$FAILURE_NOTE.tmp"
  chmod 600 "$FAILURE_NOTE.tmp" && mv -f "$FAILURE_NOTE.tmp" "$FAILURE_NOTE"
}
