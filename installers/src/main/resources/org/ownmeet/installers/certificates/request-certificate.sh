rm -f -- "$CHALLENGES/$CHECK_FILE"
# a request of a run that lost its connection may still be under way: wait for it, and if it
# brought a certificate meanwhile, there is nothing to ask for
for _ in $(seq 120); do pgrep -f '/usr/bin/certbot( |$)' >/dev/null || break; sleep 1; done
now=$(sha256sum < "$CHAIN" 2>/dev/null | cut -d' ' -f1 || true)
if [ "$now" != "$CURRENT_SHA256" ]; then echo "$ALREADY_ISSUED"; exit 0; fi
log=$(mktemp)
trap 'rm -f -- "$log"' EXIT
status=0
certbot certonly --non-interactive --agree-tos --no-eff-email -m "$EMAIL" --server "$DIRECTORY" \
  --webroot -w "$WEBROOT" -d "$DOMAIN" --cert-name "$DOMAIN" "${RENEWAL[@]}" > "$log" 2>&1 < /dev/null || status=$?
if [ "$status" -ne 0 ]; then
  ownmeet_record_failure "$log" "$status"
else
  rm -f "$FAILURE_NOTE"
fi
cat "$log"
exit "$status"
