--@file-if JITSI_ANON_MODULE
-- mod_auth_jitsi-anonymous: OwnMeet test-bed implementation of the Jitsi Meet
-- authentication provider "jitsi-anonymous" (authentication = "jitsi-anonymous").
--
-- Anonymous login (SASL ANONYMOUS) with a random user name, like Prosody's own
-- "anonymous" provider, plus session resumption: a client that reconnects over
-- BOSH/WebSocket with ?previd=<smacks resumption token> gets the user name of
-- the session it resumes, so stream management can pick that session up.
-- No passwords, no accounts, nothing stored.

local new_sasl = require "util.sasl".new;
local sasl = require "util.sasl";
local generate_uuid = require "util.uuid".generate;
local full_sessions = prosody.full_sessions;

module:depends("jitsi_session");

local provider = {};

function provider.test_password(username, password) -- luacheck: ignore 212
    return nil, "Password based auth not supported";
end

function provider.get_password(username) -- luacheck: ignore 212
    return nil;
end

function provider.set_password(username, password) -- luacheck: ignore 212
    return nil, "Set password not supported";
end

function provider.user_exists(username) -- luacheck: ignore 212
    return nil;
end

function provider.create_user(username, password) -- luacheck: ignore 212
    return nil;
end

function provider.delete_user(username) -- luacheck: ignore 212
    return nil;
end

function provider.users()
    return next, {}, nil;
end

function provider.get_sasl_handler(session)
    -- called by the ANONYMOUS mechanism below with a fresh random name
    local function anonymous(self, username, realm) -- luacheck: ignore 212
        self.jitsi_resumed_username = nil;
        if session.previd ~= nil then
            for _, other in pairs(full_sessions) do
                if other.resumption_token == session.previd and other.host == module.host then
                    self.jitsi_resumed_username = other.username;
                    break;
                end
            end
        end
        return true;
    end
    return new_sasl(module.host, { anonymous = anonymous });
end

module:provides("auth", provider);

-- SASL ANONYMOUS that keeps the resumed user name. Replaces Prosody's own
-- mechanism for every host; for hosts using the plain "anonymous" provider it
-- behaves as before (a new random user name).
local function anonymous_mechanism(self, message) -- luacheck: ignore 212
    local username = generate_uuid();
    local ok, err, msg = self.profile.anonymous(self, username, self.realm);
    if ok ~= true then
        return "failure", err or "not-authorized", msg;
    end
    self.username = self.jitsi_resumed_username or username;
    return "success";
end

sasl.registerMechanism("ANONYMOUS", { "anonymous" }, anonymous_mechanism);

module:log("info", "jitsi-anonymous authentication (test-bed implementation) active on %s", module.host);
