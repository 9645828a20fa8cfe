import { createRulesetFunction } from '@stoplight/spectral-core';
import { HTTP_METHODS, isObject } from './oas.js';

/** Credential names, lower-cased with `_` and `-` removed. */
const CREDENTIALS = new Set([
  'token', 'accesstoken', 'refreshtoken', 'idtoken', 'sessiontoken', 'apikey', 'password', 'secret',
  'clientsecret', 'authorization', 'key', 'privatekey',
]);
const looksLikeCredential = (name) => {
  const n = name.toLowerCase().replace(/[_-]/g, '');
  return CREDENTIALS.has(n) || (n.startsWith('x') && CREDENTIALS.has(n.slice(1))); // x-api-key
};
/** scheme://user[:password]@host */
const USERINFO = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i;
/** Where a URL ends up: logs, proxies, browser history, Referer headers. */
const URL_LOCATIONS = new Set(['query', 'path', 'cookie']);

/** Parameter and server definitions, wherever they are written (a `$ref` use is checked at its target). */
function definitions(doc) {
  const params = [];
  const servers = [];
  const components = isObject(doc.components) ? doc.components : {};
  for (const [name, param] of Object.entries(isObject(components.parameters) ? components.parameters : {})) {
    params.push({ param, path: ['components', 'parameters', name] });
  }
  const holders = [[doc, []]];
  for (const [pathKey, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    holders.push([item, ['paths', pathKey]]);
    for (const method of HTTP_METHODS) if (isObject(item[method])) holders.push([item[method], ['paths', pathKey, method]]);
  }
  for (const [holder, at] of holders) {
    if (Array.isArray(holder.parameters)) holder.parameters.forEach((param, i) => params.push({ param, path: [...at, 'parameters', i] }));
    if (Array.isArray(holder.servers)) holder.servers.forEach((server, i) => servers.push({ server, path: [...at, 'servers', i, 'url'] }));
  }
  return { params, servers };
}

/** Credentials never travel in a URL (plan §5: "no URL/query token transport"). */
export default createRulesetFunction({ input: null, options: null }, function codegenNoQueryCredentials(doc) {
  const results = [];
  const { params, servers } = definitions(doc);
  for (const { param, path } of params) {
    if (isObject(param) && URL_LOCATIONS.has(param.in) && typeof param.name === 'string' && looksLikeCredential(param.name)) {
      results.push({ message: `${param.in} parameter "${param.name}" looks like a credential; send credentials in a header or the request body`, path });
    }
  }
  const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    if (isObject(scheme) && scheme.in === 'query') {
      results.push({ message: `security scheme "${name}" takes its credential in the query string`, path: ['components', 'securitySchemes', name, 'in'] });
    }
  }
  for (const { server, path } of servers) {
    if (isObject(server) && typeof server.url === 'string' && USERINFO.test(server.url)) {
      results.push({ message: 'server URL embeds user info (credentials before "@")', path }); // not echoed: it may be a real secret
    }
  }
  return results;
});
