-- mod_limits_exception: OwnMeet test-bed stand-in of the Jitsi Meet Prosody plugin of the
-- same name (exempts unlimited_jids from mod_limits).
-- It only loads and says that it is a stand-in; it does not implement the
-- feature. Shipped so that the virtual hosts and components written by
-- jitsi-meet-prosody load exactly as they do with the real plugins.
module:log("info", "test-bed stand-in of mod_%s loaded on %s (host module); feature not implemented", module.name, module.host);
