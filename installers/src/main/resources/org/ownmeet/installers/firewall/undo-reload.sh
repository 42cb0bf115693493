# shellcheck disable=SC2168 # the body of guard's ownmeet_undo (undo-function.sh), inside a function
  # shellcheck disable=SC2034 # f is the loop variable of the lines in place of @FIND_UFW_INIT@
  local ufw_init f
@FIND_UFW_INIT@
  "$ufw_init" force-stop >/dev/null 2>&1 || true
  if [ "$(cat @WAS_RUNNING@ 2>/dev/null)" = yes ]; then "$ufw_init" start; fi
