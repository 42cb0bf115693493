echo "${PART}os-release"
cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null || true
echo "${PART}facts"
( ownmeet_server_facts
) 2>/dev/null || true
echo "${PART}disk"
df -Pm / 2>/dev/null | awk 'NR == 2 {print $4}' || true
echo "${PART}packages"
dpkg-query -W -f='${Package} ${db:Status-Status}\n' jitsi-meet-web-config jitsi-meet 2>/dev/null || true
echo "${PART}record"
if [ -f "$RECORD" ]; then echo present; head -c 1048576 "$RECORD" | base64 -w0; echo; fi
