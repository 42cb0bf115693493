-- mod_roster_command: OwnMeet test-bed implementation of the prosodyctl
-- command that jitsi-meet-prosody's postinst runs:
--   prosodyctl mod_roster_command subscribe <contact-jid> <user-jid>
-- It makes the subscription between a local user and a contact mutual
-- ("both") in the user's roster, and in the contact's roster too when the
-- contact is a local user. Running it again changes nothing.
module:set_global();

local jid_split = require "util.jid".split;
local jid_prep = require "util.jid".prep;
local rostermanager = require "core.rostermanager";
local storagemanager = require "core.storagemanager";
local usermanager = require "core.usermanager";

local function is_local_user_host(host)
    local h = prosody.hosts[host];
    return h ~= nil and h.type == "local";
end

local function subscribe_one(user_jid, contact_jid)
    local username, host = jid_split(user_jid);
    if not username or not is_local_user_host(host) then
        return true; -- not a local user: nothing to store for it
    end
    -- under prosodyctl the host's storage and accounts are not set up yet
    storagemanager.initialize_host(host);
    local host_session = prosody.hosts[host];
    if not host_session.users or host_session.users.name == "null" then
        usermanager.initialize_host(host);
    end
    local roster, err = rostermanager.load_roster(username, host);
    if not roster then
        return nil, "cannot load roster of " .. user_jid .. ": " .. tostring(err);
    end
    local item = roster[contact_jid];
    if item and item.subscription == "both" then
        return true;
    end
    item = item or { groups = {} };
    item.subscription = "both";
    item.ask = nil;
    roster[contact_jid] = item;
    local ok, save_err = rostermanager.save_roster(username, host, roster, contact_jid);
    if not ok then
        return nil, "cannot save roster of " .. user_jid .. ": " .. tostring(save_err);
    end
    return true;
end

function module.command(arg)
    local command = table.remove(arg, 1);
    if command ~= "subscribe" or #arg ~= 2 then
        print("Usage: prosodyctl mod_roster_command subscribe <contact-jid> <user-jid>");
        return 1;
    end
    local contact, user = jid_prep(arg[1]), jid_prep(arg[2]);
    if not contact or not user then
        print("Invalid JID");
        return 1;
    end
    local ok, err = subscribe_one(user, contact);
    if ok then
        ok, err = subscribe_one(contact, user);
    end
    if not ok then
        print(err);
        return 1;
    end
    return 0;
end
