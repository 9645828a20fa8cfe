// Copied verbatim from templates/sdk/core/uuid.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Idempotency keys and correlation ids: `crypto.randomUUID` where the runtime has it (Node 20, Deno, Bun,
 * workers, browsers on https or localhost); a browser page on plain http has only `getRandomValues`, from
 * which the same RFC 9562 version-4 layout is built.
 */
export function randomId(cryptoImpl: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = globalThis.crypto): string {
  if (typeof cryptoImpl.randomUUID === 'function') return cryptoImpl.randomUUID();
  const bytes = cryptoImpl.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
