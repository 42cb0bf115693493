dpkg-query -W -f='${db:Status-Status}\n' certbot 2>/dev/null | grep -qx installed \
  && echo 'certbot installed' || echo 'certbot missing'
echo "timer $(systemctl is-enabled certbot.timer 2>/dev/null || true) \
$(systemctl is-active certbot.timer 2>/dev/null || true)"
echo "now $(date +%s)"
