# Puts the saved files back, has the service read them, and forgets the saved state; nothing if none is
# saved. Its values are in its text: a timer runs it later from a file of its own (declare -f).
ownmeet_undo() {
  [ -d @SAVED@ ] || return 0
@RESTORE@
  sync
@RELOAD@
  rm -rf -- @DIR@
  logger -t ownmeet "@WHAT@ was not confirmed by a new SSH login; what was there before it is back" || true
}
