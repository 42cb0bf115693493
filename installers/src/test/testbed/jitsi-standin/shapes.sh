# shellcheck shell=bash
# The two shapes of the stand-in Jitsi packages: every difference between them
# is set here and nowhere else. build-repo.sh sources this file and calls
# shape_<name> before it builds one shape.
#
# Sources use these values in two ways:
#   @NAME@                   is replaced by the value of NAME (versions, ...)
#   <comment>@if FLAG ... <comment>@else ... <comment>@endif
#                            keeps one branch; FLAG is true when its value is "yes"
#                            (<comment> is "#", "--" or "//", so the line is a
#                            comment in the file's own language)
#
# Version numbers look like upstream's and are in the right order, but they were
# chosen by hand: they are not the build numbers of real releases (except jicofo
# 1.0-1104, which really shipped with stable 9823 in November 2024).

SHAPES="current pre2025 next"

shape_current() {
    SHAPE=current
    SHAPE_DATE="2026-07"
    # jitsi-meet (meta) 2.0.N follows the stable release number
    V_META="2.0.10888-1"
    # jitsi-meet-web, -web-config, -prosody, -turnserver share one version upstream
    V_WEB="1.0.9142-1"
    V_JICOFO="1.0-1178-1"
    V_JVB="2.3-268-g3f1c2a9e-1"

    # Prosody: main VirtualHost authentication, and whether
    # prosody-plugins/mod_auth_jitsi-anonymous.lua is shipped.
    MAIN_AUTH="jitsi-anonymous"
    JITSI_ANON_MODULE=yes
    # "component_admins_as_room_owners = true" at the top of the vhost file
    # (upstream added it for Prosody 13, released 2025-03).
    ADMINS_AS_OWNERS=yes
    # jitsi-videobridge2 postinst: since jitsi-videobridge PR #2304 (2025-03) a new
    # install gets a complete jvb.conf (xmpp-client shard + ice4j STUN mapping) and
    # no sip-communicator.properties; before, jvb.conf was an empty
    # "videobridge { }" and the XMPP/STUN settings went to sip-communicator.properties.
    JVB_CONF_ONLY=yes
    # nginx site: since jitsi-meet PR #17072 the template defines log_format
    # jitsi_log (jwt/token redacted) and sets "access_log ... jitsi_log"; before,
    # the site had no access_log directive at all.
    NGINX_JITSI_LOG=yes
    # jitsi-meet-web-config postinst: an existing config.js gets a line the newer
    # web app reads, appended once (only the "next" release has one to add)
    CONFIG_JS_UPGRADE=no
}

shape_pre2025() {
    SHAPE=pre2025
    SHAPE_DATE="2024-11"
    V_META="2.0.9823-1"
    V_WEB="1.0.8188-1"
    V_JICOFO="1.0-1104-1"
    V_JVB="2.3-174-gd4c3bff6-1"

    # As asked for by the test bed: plain "anonymous" and no
    # mod_auth_jitsi-anonymous.lua. NOTE (see README): upstream's template has
    # used "jitsi-anonymous" since jitsi-meet PR #11826 (2022-07) and has shipped
    # the module since PR #9198 (2021-05), so this pair models an install whose
    # vhost still says "anonymous" rather than a real late-2024 package.
    MAIN_AUTH="anonymous"
    JITSI_ANON_MODULE=no
    ADMINS_AS_OWNERS=no
    JVB_CONF_ONLY=no
    NGINX_JITSI_LOG=no
    CONFIG_JS_UPGRADE=no
}

# A release after "current", for upgrades: the same shape, higher versions, and
# a web-config postinst that changes an existing config.js on upgrade the way
# upstream's does (it appends what an older config.js lacks, once, at the end;
# see the JaaS lines), so an upgrade touches a file OwnMeet manages.
shape_next() {
    shape_current
    SHAPE=next
    SHAPE_DATE="2026-11"
    V_META="2.0.10950-1"
    V_WEB="1.0.9205-1"
    V_JICOFO="1.0-1190-1"
    V_JVB="2.3-281-gb5e0a1c2-1"
    CONFIG_JS_UPGRADE=yes
}

# Names substituted as @NAME@ and usable as @if flags.
SHAPE_VARS="SHAPE SHAPE_DATE V_META V_WEB V_JICOFO V_JVB MAIN_AUTH JITSI_ANON_MODULE ADMINS_AS_OWNERS JVB_CONF_ONLY NGINX_JITSI_LOG CONFIG_JS_UPGRADE"
