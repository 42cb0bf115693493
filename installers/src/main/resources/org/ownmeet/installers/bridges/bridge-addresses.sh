# each bridge's addresses as this server resolves its host: "<name> <address>" a line
for i in "${!NAMES[@]}"; do
  getent ahosts "${HOSTS[$i]}" | awk '{print $1}' | sort -u | while read -r address; do
    printf '%s %s\n' "${NAMES[$i]}" "$address"
  done
done
