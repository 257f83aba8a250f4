/**
 * The largest request body the app accepts: a 20 MB workspace file sent to a server
 * action, plus the form's overhead. next.config.js gives the same value to
 * serverActions.bodySizeLimit and proxyClientMaxBodySize (body-limit.test.ts checks).
 */
export const REQUEST_BODY_LIMIT = "21mb";
export const REQUEST_BODY_LIMIT_BYTES = 21 * 1024 * 1024;
