if [ ! -d "$SAVED" ]; then echo "the undo timer has already run" >&2; exit "$GONE"; fi
