/** The tests start the same mock `npm run mock` starts (scripts/mock/), and put recording proxies in front of it. */
export { ROOT, freePort, startMock, type Mock } from '../../scripts/mock/prism.js';
export { startProxy, type RecordedRequest } from '../../scripts/mock/proxy.js';
