/* eslint-disable comma-dangle, no-unused-vars, no-var, prefer-template, vars-on-top */

/*
 * Jitsi Meet client configuration - OwnMeet test-bed stand-in of the template
 * that jitsi-meet-web-config copies to /etc/jitsi/meet/<domain>-config.js.
 * Same layout as upstream's file (options inside "var config = { ... };",
 * unset options as "// key: value," comments, jitsi-meet.example.com as the
 * domain placeholder), with fewer comments and options.
 */

var subdir = '<!--# echo var="subdir" default="" -->';
var subdomain = '<!--# echo var="subdomain" default="" -->';

if (subdomain) {
    subdomain = subdomain.substr(0, subdomain.length - 1).split('.')
        .join('_')
        .toLowerCase() + '.';
}

// without server-side includes these stay as written: use empty strings
if (subdir.startsWith('<!--')) {
    subdir = '';
}
if (subdomain.startsWith('<!--')) {
    subdomain = '';
}

var enableJaaS = false;

var config = {
    // Connection
    //

    hosts: {
        // XMPP domain.
        domain: 'jitsi-meet.example.com',

        // When using authentication, domain for guest users.
        // anonymousdomain: 'guest.example.com',

        // Domain for authenticated users. Defaults to <domain>.
        // authdomain: 'jitsi-meet.example.com',

        // Focus component domain. Defaults to focus.<domain>.
        // focus: 'focus.jitsi-meet.example.com',

        // XMPP MUC domain.
        muc: 'conference.' + subdomain + 'jitsi-meet.example.com',
    },

    // BOSH URL.
    bosh: 'https://jitsi-meet.example.com/' + subdir + 'http-bind',

    // Websocket URL (XMPP)
    websocket: 'wss://jitsi-meet.example.com/' + subdir + 'xmpp-websocket',

    // websocketKeepAliveUrl: 'https://jitsi-meet.example.com/' + subdir + '_unlock',

    // Whether BOSH should be preferred over WebSocket if both are configured.
    // preferBosh: false,

    // The real JID of the focus participant.
    // focusUserJid: 'focus@auth.jitsi-meet.example.com',

    // Options related to the bridge (colibri) data channel
    bridgeChannel: {
        // ignoreDomain: 'example.com',
        // preferSctp: false
    },

    // Testing / experimental features.
    //

    testing: {
        // assumeBandwidth: true,
        // p2pTestMode: false,
        // testMode: false,
        // noAutoPlayVideo: false,
    },

    // Disables moderator indicators.
    // disableModeratorIndicator: false,

    // Disables the reactions feature.
    // disableReactions: true,

    // Disables polls feature.
    // disablePolls: false,

    // Disables chat feature entirely.
    // disableChat: false,

    // Disables self-view tile.
    // disableSelfView: false,

    // Disables ICE/UDP (for testing).
    // webrtcIceUdpDisable: false,

    // Disables ICE/TCP (for testing).
    // webrtcIceTcpDisable: false,

    // Media
    //

    // Audio

    // Disable measuring of audio levels.
    // disableAudioLevels: false,

    // Notify the user when a speaking attempt is made while no audio input is detected.
    enableNoAudioDetection: true,

    // Enables the Save Logs button (contains connection data).
    // enableSaveLogs: false,

    // Hides the "more" connection statistics (IP addresses and ports).
    // disableShowMoreStats: true,

    // Notify the user when noise is detected on the microphone.
    enableNoisyMicDetection: true,

    // Start the conference in audio only mode (no video is being received nor sent).
    // startAudioOnly: false,

    // Every participant after the Nth will start audio muted.
    // startAudioMuted: 10,

    // Start calls with audio muted. Only applied locally.
    // startWithAudioMuted: false,

    // Video

    // Sets the preferred resolution (height) for local video.
    // resolution: 720,

    // How many participants while in the tile view mode, before the receiving video quality is reduced from HD to SD.
    // maxFullResolutionParticipants: 2,

    // w3c spec-compliant video constraints to use for video capture.
    // constraints: {
    //     video: {
    //         height: {
    //             ideal: 720,
    //             max: 720,
    //             min: 240,
    //         },
    //     },
    // },

    // Enable / disable simulcast support.
    // disableSimulcast: false,

    // Every participant after the Nth will start video muted.
    // startVideoMuted: 10,

    // Start calls with video muted. Only applied locally.
    // startWithVideoMuted: false,

    // Desktop sharing frame rate.
    // desktopSharingFrameRate: {
    //     min: 5,
    //     max: 5,
    // },

    // Recording

    // Dropbox integration for recordings.
    // dropbox: {
    //     appKey: '<APP_KEY>',
    // },

    // recordingService: {
    //     enabled: false,
    //     sharingEnabled: false,
    // },

    // localRecording: {
    //     disable: false,
    //     notifyAllParticipants: false,
    // },

    // liveStreaming: {
    //     enabled: false,
    //     termsLink: 'https://www.youtube.com/t/terms',
    //     dataPrivacyLink: 'https://policies.google.com/privacy',
    // },

    // transcription: {
    //     enabled: false,
    // },

    // Misc

    // Default value for the channel "last N" attribute. -1 for unlimited.
    channelLastN: -1,

    // Provides a way for the lastN value to be controlled through the UI.
    // startLastN: 1,

    // Video quality / codec settings.
    // videoQuality: {
    //     codecPreferenceOrder: [ 'AV1', 'VP9', 'VP8', 'H264' ],
    // },

    // Hides lobby button.
    // hideLobbyButton: false,

    // If set to true all users without a token will be considered guests and all users with token will be
    // considered non-guests. Only guests will be allowed to edit their profile.
    // enableUserRolesBasedOnToken: false,

    // Require users to always specify a display name.
    // requireDisplayName: true,

    // DEPRECATED! Use 'welcomePage.disabled' instead.
    // Whether to use a welcome page or not. In case it's false a random room
    // will be joined when no room is specified.
    // enableWelcomePage: true,

    // Configs for welcome page.
    // welcomePage: {
    //     // Whether to disable welcome page. In case it's disabled a random room
    //     // will be joined when no room is specified.
    //     disabled: false,
    //     // If set, landing page will redirect to this URL.
    //     customUrl: ''
    // },

    // Configs for the lobby screen.
    // lobby: {
    //     autoKnock: false,
    //     enableChat: true,
    // },

    // Configs for the security related UI elements.
    // securityUi: {
    //     hideLobbyButton: false,
    //     disableLobbyPassword: false,
    // },

    // Default language for the user interface.
    // defaultLanguage: 'en',

    // Number of digits of a room password (false for any password).
    // roomPasswordNumberOfDigits: 10,

    // Message to show the users.
    // noticeMessage: '',

    // Enables calendar integration, depends on googleApiApplicationClientID
    // and microsoftApiApplicationClientID
    // enableCalendarIntegration: false,

    // Configs for prejoin page.
    // prejoinConfig: {
    //     // When 'true', it shows an intermediate page before joining, where the user can configure their devices.
    //     enabled: true,
    //     // Hides the participant name editing field in the prejoin screen.
    //     hideDisplayName: false,
    //     // List of buttons to hide from the extra join options dropdown.
    //     hideExtraJoinButtons: ['no-audio', 'by-phone'],
    // },

    // When 'true', the user cannot edit the display name.
    // readOnlyName: false,

    // Shows a warning when the room name is easy to guess.
    // enableInsecureRoomNameWarning: false,

    // DEPRECATED! Use `gravatar.baseUrl` instead.
    // Base URL for a Gravatar-compatible service. Defaults to Gravatar.
    // gravatarBaseURL: 'https://www.gravatar.com/avatar/',

    // Setup for Gravatar-compatible services.
    // gravatar: {
    //     // Defaults to Gravatar.
    //     baseUrl: 'https://www.gravatar.com/avatar/',
    //     // True if Gravatar should be disabled.
    //     disabled: false,
    // },

    // Stats
    //

    // Whether to enable stats collection or not in the TraceablePeerConnection.
    // gatherStats: false,

    // The interval at which PeerConnection.getStats() is called.
    // pcStatsInterval: 10000,

    // Enables sending participants' display names to stats.
    // enableDisplayNameInStats: false,

    // Enables sending participants' emails (if available) to stats and other analytics.
    // enableEmailInStats: false,

    // Privacy
    //

    // If third party requests are disabled, no other server will be contacted.
    // This means avatars will be locally generated and external stats integration
    // will not function.
    // disableThirdPartyRequests: false,


    // Peer-To-Peer mode: used (if enabled) when there are just 2 participants.
    //

    p2p: {
        // Enables peer to peer mode. When enabled the system will try to
        // establish a direct connection when there are exactly 2 participants
        // in the room.
        enabled: true,

        // Sets the ICE transport policy for the p2p connection.
        // iceTransportPolicy: 'all',

        // How long we're going to wait, before going back to P2P after the 3rd
        // participant has left the conference (to filter out page reload).
        // backToP2PDelay: 5,

        // The STUN servers that will be used in the peer to peer connections
        stunServers: [

            // { urls: 'stun:jitsi-meet.example.com:3478' },
            { urls: 'stun:meet-jit-si-turnrelay.jitsi.net:443' },
        ],
    },

    analytics: {
        // True if the analytics should be disabled
        // disabled: false,

        // Matomo configuration:
        // matomoEndpoint: 'https://your-matomo-endpoint/',
        // matomoSiteID: '42',

        // The Amplitude APP Key:
        // amplitudeAPPKey: '<APP_KEY>',

        // Obfuscates room name sent to analytics (amplitude, rtcstats)
        // obfuscateRoomName: false,

        // rtcstats server:
        // rtcstatsEnabled: false,
        // rtcstatsStoreLogs: false,
        // rtcstatsEndpoint: wss://rtcstats-server-pilot.jitsi.net/,
        // rtcstatsPollInterval: 10000,

        // Array of script URLs to load as lib-jitsi-meet "analytics handlers".
        // scriptURLs: [
        //      "https://example.com/my-custom-analytics.js",
        // ],

        // watchRTC (needs rtcstatsEnabled off):
        // watchRTCEnabled: false,
    },

    // Array<string> of disabled sounds.
    // disabledSounds: [],

    // Options related to end-to-end (participant to participant) ping.
    // e2eping: {
    //     enabled: false,
    // },

    // If set, will attempt to use the provided video input device label when
    // triggering a screenshare, instead of proceeding through the normal flow
    // for obtaining a desktop stream.
    // _desktopSharingSourceDevice: 'sample-id-or-label',

    // Disables deep linking (the app-store / native app hand-off page).
    // DEPRECATED! Use `deeplinking.disabled` instead.
    // disableDeepLinking: false,

    // deeplinking: {
    //     // The deeplinking config.
    //     disabled: false,
    //     hideLogo: false,
    // },

    // Options for the recent list of rooms.
    // Prevents the app from storing the room in the recent list.
    // doNotStoreRoom: false,

    // Disables the invite functions of the app.
    // disableInviteFunctions: true,

    // Legal URLs shown e.g. on the welcome page and in dialogs.
    // legalUrls: {
    //     helpCentre: 'https://web-cdn.jitsi.net/faq/meet-faq.html',
    //     privacy: 'https://jitsi.org/meet/privacy',
    //     terms: 'https://jitsi.org/meet/terms'
    // },

    // Giphy integration.
    // giphy: {
    //     enabled: false,
    //     sdkKey: '',
    // },

    // Whiteboard (Excalidraw) backend.
    // whiteboard: {
    //     enabled: true,
    //     collabServerBaseUrl: 'https://excalidraw-backend.example.com',
    // },

    // Etherpad ("shared document") base URL.
    // etherpad_base: 'https://your-etherpad-installati.on/p/',

    // End-to-end encryption (insertable streams).
    // e2ee: {
    //     labels: {},
    //     externallyManagedKey: false,
    // },

    // Hide login button on auth dialog, you may want to enable this if you are using JWT tokens to authenticate users
    // hideLoginButton: true,
};

// Set the default values for JaaS customers
if (enableJaaS) {
    config.dialInNumbersUrl = 'https://conference-mapper.jitsi.net/v1/access/dids';
    config.dialInConfCodeUrl = 'https://conference-mapper.jitsi.net/v1/access';
    config.roomPasswordNumberOfDigits = 10; // skip re-adding it (do not remove comment)
}
