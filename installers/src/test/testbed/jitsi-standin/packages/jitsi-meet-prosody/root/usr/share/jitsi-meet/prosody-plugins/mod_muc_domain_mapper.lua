-- mod_muc_domain_mapper: OwnMeet test-bed stand-in of the Jitsi Meet Prosody plugin of the
-- same name (maps multi-domain room addresses).
-- It only loads and says that it is a stand-in; it does not implement the
-- feature. Shipped so that the virtual hosts and components written by
-- jitsi-meet-prosody load exactly as they do with the real plugins.
module:log("info", "test-bed stand-in of mod_%s loaded on %s (muc module); feature not implemented", module.name, module.host);
