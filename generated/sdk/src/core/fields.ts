// Copied verbatim from templates/sdk/core/fields.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Reads a dotted field path ('status.phase') from parsed JSON. Contracts name response fields this
 * way for waiters, error envelopes and CLI columns; anything missing or non-object yields undefined.
 */
export function readField(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    // Own properties only, so 'constructor' or '__proto__' never resolve to prototype members.
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
