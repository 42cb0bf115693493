echo OWNMEET-SECTION installed; cat "$WEB_CERTIFICATE" 2>/dev/null || true
echo OWNMEET-SECTION web
echo | timeout 15 openssl s_client -connect 127.0.0.1:443 -servername "$DOMAIN" 2>/dev/null | openssl x509 2>/dev/null || true
echo OWNMEET-SECTION prosody
echo | timeout 15 openssl s_client -starttls xmpp -xmpphost "$DOMAIN" -connect 127.0.0.1:5222 2>/dev/null \
  | openssl x509 2>/dev/null || true
echo OWNMEET-SECTION letsencrypt; cat "$LETS_ENCRYPT_CHAIN" 2>/dev/null || true
