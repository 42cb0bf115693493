# apt's simulation of an upgrade, as the apt hook reads it too (PendingSince)
sim=$(@SIMULATION@ | grep '^Inst ' || true)
echo "pending-all $(printf '%s\n' "$sim" | grep -c '^Inst ' || true)"
echo "pending-security $(printf '%s\n' "$sim" | grep -ci 'security' || true)"
# since when the oldest of them is offered (PendingSince: the apt hook's record)
@PENDING_SINCE@
echo "reboot-required $([ -f /var/run/reboot-required ] && echo yes || echo no)"
df -Pk / | awk 'NR == 2 { print "disk-free-kb " $4; print "disk-total-kb " $2 }'
awk '/^MemAvailable:/ { print "memory-available-kb " $2 } /^MemTotal:/ { print "memory-total-kb " $2 }' /proc/meminfo
end=$(openssl x509 -enddate -noout -in "$CERTIFICATE" 2>/dev/null | cut -d= -f2)
[ -n "$end" ] && echo "certificate-end $(date -d "$end" +%s)"
echo "now $(date +%s)"
stamp=$(stat -c %Y /var/lib/apt/periodic/unattended-upgrades-stamp 2>/dev/null) && echo "last-upgrade $stamp"
for s in "${SERVICES[@]}"; do
  [ "$(systemctl show -p LoadState --value "$s" 2>/dev/null)" = loaded ] || continue
  echo "service $s $(systemctl is-active "$s" 2>/dev/null)"
done
