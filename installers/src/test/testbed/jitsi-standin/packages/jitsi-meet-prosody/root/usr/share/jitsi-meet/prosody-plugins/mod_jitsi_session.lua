-- mod_jitsi_session: OwnMeet test-bed implementation of the Jitsi Meet Prosody
-- plugin of the same name. Copies the URL parameters of a BOSH or WebSocket
-- connection (previd, token, room, customusername) into the XMPP session, where
-- mod_auth_jitsi-anonymous looks for "previd" to resume a session.

local formdecode = require "util.http".formdecode;

local function copy_url_params(event)
    local session, request = event.session, event.request;
    local query = request and request.url and request.url.query;
    if not query then
        return;
    end
    local params = formdecode(query);
    if type(params) ~= "table" then
        return;
    end
    session.previd = params.previd;
    session.auth_token = params.token;
    session.jitsi_web_query_room = params.room;
    session.jitsi_web_query_prefix = params.prefix or "";
    session.customusername = params.customusername;
end

module:hook_global("bosh-session", copy_url_params, 1);
module:hook_global("websocket-session", copy_url_params, 1);
