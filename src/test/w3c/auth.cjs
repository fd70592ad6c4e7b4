// Preloaded into the W3C test runner (node --require): adds the admin's HTTP Basic login to
// the requests it sends to Tigris's authenticated endpoint. The protocol suite loads its data
// and sends its updates there, and rdf-test-suite has no option for credentials.
'use strict';
const prefix = process.env.TIGRIS_W3C_AUTH_PREFIX;
const login = process.env.TIGRIS_W3C_LOGIN;
if (prefix && login) {
  const plainFetch = globalThis.fetch;
  globalThis.fetch = (input, init = {}) => {
    const url = typeof input === 'string' ? input : input.url;
    if (!url.startsWith(prefix)) {
      return plainFetch(input, init);
    }
    const headers = new Headers(init.headers);
    headers.set('authorization', `Basic ${Buffer.from(login).toString('base64')}`);
    return plainFetch(input, { ...init, headers });
  };
}
