sshd -t 2>&1 || exit 1
# grep reads all of it (-q would end the pipe early, and a broken pipe is a failure here)
effective=$(sshd -T 2>/dev/null | grep '^passwordauthentication ' || true)
[ "$effective" = "passwordauthentication no" ] || { echo "sshd -T still says: $effective"; exit 1; }
