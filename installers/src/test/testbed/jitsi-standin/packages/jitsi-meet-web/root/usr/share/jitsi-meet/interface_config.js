/* eslint-disable no-unused-vars, no-var, max-len */
/* OwnMeet test-bed stand-in of jitsi-meet-web's interface_config.js.
 * Package-owned like the real file: an upgrade overwrites it. The keys and
 * defaults below are those of the real file that privacy set-ups care about,
 * and the browser lists deployers change. */

var interfaceConfig = {
    APP_NAME: 'Jitsi Meet',
    DEFAULT_BACKGROUND: '#040404',
    DEFAULT_LOGO_URL: 'images/watermark.svg',
    DEFAULT_WELCOME_PAGE_LOGO_URL: 'images/watermark.svg',
    DISPLAY_WELCOME_FOOTER: true,
    DISPLAY_WELCOME_PAGE_ADDITIONAL_CARD: false,
    DISPLAY_WELCOME_PAGE_CONTENT: false,
    DISPLAY_WELCOME_PAGE_TOOLBAR_ADDITIONAL_CONTENT: false,
    ENABLE_DIAL_OUT: true,
    GENERATE_ROOMNAMES_ON_WELCOME_PAGE: true,
    HIDE_DEEP_LINKING_LOGO: false,
    JITSI_WATERMARK_LINK: 'https://jitsi.org',
    LANG_DETECTION: true,
    MOBILE_APP_PROMO: true,
    NATIVE_APP_NAME: 'Jitsi Meet',
    OPTIMAL_BROWSERS: [ 'chrome', 'chromium', 'firefox', 'electron', 'safari', 'webkit' ],
    PROVIDER_NAME: 'Jitsi',
    SHOW_BRAND_WATERMARK: false,
    SHOW_JITSI_WATERMARK: true,
    SHOW_POWERED_BY: false,
    SHOW_PROMOTIONAL_CLOSE_PAGE: false,
    SUPPORT_URL: 'https://community.jitsi.org/',
    TOOLBAR_ALWAYS_VISIBLE: false,
    UNSUPPORTED_BROWSERS: [],
    VIDEO_LAYOUT_FIT: 'both'
};
