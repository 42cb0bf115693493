# REMOVE: addresses whose rule goes; ADD and ADD_COMMENTS: addresses let in, each with its rule's mark
for address in "${REMOVE[@]}"; do
  ufw delete allow proto tcp from "$address" to any port 5222 >/dev/null
done
for i in "${!ADD[@]}"; do
  ufw allow proto tcp from "${ADD[$i]}" to any port 5222 comment "${ADD_COMMENTS[$i]}" >/dev/null
done
