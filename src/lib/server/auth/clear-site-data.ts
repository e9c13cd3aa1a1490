// What a browser is told to forget when a session ends (the Clear-Site-Data header of the sign-out answer).
//
// Every sign-out: "cookies" (the session cookie under whatever name or path, even if this answer's own
// Set-Cookie were lost; note the browser clears cookies for the whole registrable domain) and "cache" (pages the
// account rendered, and in Chromium the back/forward cache, so Back after signing out shows no account page).
// Not "storage": the guide without an account keeps a person's reach-outs, contacts and plan in this browser on
// purpose; signing out of the account, or leaving by quick exit, must not silently destroy what they wrote.
// "Wipe this device" asks for "storage" too: there the person chose to remove everything.

export const signOutSiteData = '"cache", "cookies"';
export const wipeSiteData = '"cache", "cookies", "storage"';
