-- Dial-in for Jitsi Meet components (JaaS) customers - OwnMeet test-bed stand-in.
-- Disabled unless jitsi-meet/jaas-choice was answered "true".
-- The real setup also needs lua-basexx, liblua5.3-dev, libssl-dev, luarocks and
-- "luarocks install luajwtjitsi 3.0-0".
VirtualHost "jigasi.meet.jitsi"
    enabled = false -- Jitsi meet components customers remove this line
    modules_enabled = {
      "ping";
      "bosh";
      "muc_password_check";
    }
    authentication = "token"
    app_id = "jitsi";
    asap_key_server = "https://jaas-public-keys.jitsi.net/jitsi-components/prod-8x8"
    asap_accepted_issuers = { "jaas-components" }
    asap_accepted_audiences = { "jigasi.jitmeet.example.com" }
