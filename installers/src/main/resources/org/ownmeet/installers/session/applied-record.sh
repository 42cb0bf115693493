echo "OWNMEET-PART profile"
if [ -f "$PROFILE" ]; then head -c 1048576 "$PROFILE" | base64 -w0; echo; fi
echo "OWNMEET-PART journal"
tail -n "$RUNS" "$JOURNAL" 2>/dev/null | base64 -w0; echo
echo "OWNMEET-PART accounts"
( cd /var/lib/prosody 2>/dev/null && ls -1d -- */accounts/*.dat 2>/dev/null ) || true
echo "OWNMEET-PART jitsi"
# shellcheck disable=SC2012 # the names of config files, one a line
ls -1 /etc/jitsi/meet/ 2>/dev/null | sed -n 's/-config\.js$//p' || true
echo "OWNMEET-PART versions"
dpkg-query -W -f='${Package} ${Version} ${db:Status-Status}\n' "${PACKAGES[@]}" 2>/dev/null || true
