rm -f "$HOOK"
if [ -e "$RENEWAL_CONFIG" ] && command -v certbot >/dev/null; then
  certbot delete --non-interactive --cert-name "$DOMAIN"
fi
