#!/bin/bash
# Test-bed stand-in for jitsi-meet's register-jaas-account.sh, which would create
# an 8x8 JaaS account over the internet. The stand-in only says so and fails.
echo "register-jaas-account.sh: OwnMeet test-bed stand-in; no JaaS account was created for ${2:-<unknown>}."
exit 1
