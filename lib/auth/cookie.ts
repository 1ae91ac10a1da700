// The session cookie's name: shared by the session code and proxy.ts, which must not import server-only modules.

/** `__Host-` makes browsers refuse it unless Secure, path=/ and without a Domain: no subdomain can set or read it. */
export const SESSION_COOKIE = "__Host-irf_session";
