# the folders' names are their runs' times, so they sort by time: all but the newest $KEPT go
if [ -d "$BACKUP_ROOT" ]; then
  find "$BACKUP_ROOT" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | head -n -"$KEPT" \
    | while IFS= read -r old; do rm -rf -- "${BACKUP_ROOT:?}/$old"; done
fi
