// Copied verbatim from templates/sdk/core/build-request.ts. DO NOT EDIT: change the template and regenerate.
import { ConfigurationError } from './errors.js';
import type { BodyEncoding, OperationSpec, RequestInput } from './operation.js';

/** Appends one parameter: undefined/null are left out, arrays repeat the name, scalars are stringified. */
function appendParam(params: URLSearchParams, name: string, value: unknown, where: string): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const element of value) appendParam(params, name, element, where);
    return;
  }
  if (value instanceof Date) {
    params.append(name, value.toISOString());
    return;
  }
  if (typeof value === 'object') {
    // No contract style (deepObject, JSON) is declared for nested values, so guessing one would be wrong.
    throw new ConfigurationError(`${where} parameter "${name}" must be a scalar or an array of scalars`);
  }
  params.append(name, String(value));
}

function toParams(values: Record<string, unknown>, where: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) appendParam(params, name, value, where);
  return params;
}

/**
 * Base URL (trailing slashes dropped) + path with encoded parameters + query string; or `input.url` (a
 * next-page link), which must lie under the base URL: the client sends its credentials only there.
 */
export function buildUrl(baseUrl: string, op: OperationSpec, input: RequestInput): string {
  if (input.url !== undefined) {
    const base = new URL(baseUrl);
    const url = URL.canParse(input.url) ? new URL(input.url) : undefined;
    if (!url || url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/+$/, ''))) {
      throw new ConfigurationError(`${op.id}: next-page URL ${JSON.stringify(input.url)} is not under the base URL ${baseUrl}`);
    }
    return url.href;
  }
  const path = !op.path.includes('{') ? op.path : op.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = input.path?.[name];
    // These would silently address a different resource: DELETE /things/ or /things/.. instead of /things/x
    // (URL parsing resolves dot segments even when percent-encoded).
    if (value === undefined || value === '' || value === '.' || value === '..') {
      throw new ConfigurationError(
        `${op.id}: path parameter "${name}" must be a non-empty id, got ${JSON.stringify(value)}`,
      );
    }
    return encodeURIComponent(String(value));
  });
  const query = input.query ? toParams(input.query, 'Query').toString() : '';
  const base = baseUrl.endsWith('/') ? baseUrl.replace(/\/+$/, '') : baseUrl;
  return `${base}${path}${query ? `?${query}` : ''}`;
}

/**
 * What a text or binary body, or a file part of a multipart body, may be: a Blob or File, bytes (a Buffer,
 * any typed array, an ArrayBuffer), a web ReadableStream or a Node stream (fs.createReadStream), or text.
 */
export type Uploadable =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | string;

/** A multipart body's model with its file fields (`Files`) taking any Uploadable (a list of them for arrays). */
export type WithUploads<Body, Files extends PropertyKey> = {
  [K in keyof Body]: K extends Files ? (NonNullable<Body[K]> extends readonly unknown[] ? Uploadable[] : Uploadable) : Body[K];
};

export interface EncodedBody {
  /** Streams are read into a Blob once, so every retry sends the same bytes. */
  body: string | Blob | FormData;
  /** Absent for FormData: fetch sets multipart/form-data with its boundary. */
  contentType?: string;
  /** What a debug log shows instead of bytes. */
  description: string;
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<Uint8Array | string> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/** An Uploadable as a Blob (strings too, when `text` is false). */
export async function toBlob(value: Uploadable, type = ''): Promise<Blob> {
  if (value instanceof Blob) return value;
  if (typeof value === 'string') return new Blob([value], { type });
  if (value instanceof ArrayBuffer) return new Blob([value], { type });
  if (ArrayBuffer.isView(value)) return new Blob([new Uint8Array(value.buffer, value.byteOffset, value.byteLength) as Uint8Array<ArrayBuffer>], { type });
  if (value instanceof ReadableStream) return new Blob([await new Response(value).arrayBuffer()], { type });
  if (isAsyncIterable(value)) {
    const parts: Uint8Array<ArrayBuffer>[] = [];
    for await (const chunk of value) parts.push((typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk)) as Uint8Array<ArrayBuffer>);
    return new Blob(parts, { type });
  }
  throw new ConfigurationError('a file or binary body must be a Blob, File, Buffer, typed array, ArrayBuffer, stream or string');
}

const isUploadable = (value: unknown): value is Exclude<Uploadable, string> =>
  value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value) || value instanceof ReadableStream || isAsyncIterable(value);

/** One multipart part per field; arrays repeat the field; objects go as JSON parts (OpenAPI's default). */
async function toFormData(fields: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  const append = async (name: string, value: unknown): Promise<void> => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) await append(name, item);
    } else if (value instanceof Blob) {
      form.append(name, value, value instanceof File ? value.name : name);
    } else if (isUploadable(value)) {
      form.append(name, await toBlob(value), name);
    } else if (value instanceof Date) {
      form.append(name, value.toISOString());
    } else if (typeof value === 'object') {
      form.append(name, new Blob([JSON.stringify(value)], { type: 'application/json' }), `${name}.json`);
    } else {
      form.append(name, String(value));
    }
  };
  for (const [name, value] of Object.entries(fields)) await append(name, value);
  return form;
}

const encodingOf = (op: OperationSpec): BodyEncoding =>
  op.body?.encoding ?? (op.body?.mediaType === 'application/x-www-form-urlencoded' ? 'form' : 'json');

/** Serialises the body for the operation's media type; undefined when there is nothing to send. */
export async function encodeBody(op: OperationSpec, body: unknown): Promise<EncodedBody | undefined> {
  if (!op.body || body === undefined) return undefined;
  const { mediaType } = op.body;
  switch (encodingOf(op)) {
    case 'form': {
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new ConfigurationError(`${op.id}: a form body must be an object of fields`);
      }
      const text = toParams(body as Record<string, unknown>, 'Form').toString();
      return { body: text, contentType: mediaType, description: text };
    }
    case 'multipart': {
      if (body instanceof FormData) return { body, description: '[multipart form]' };
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new ConfigurationError(`${op.id}: a multipart body must be an object of fields (or a FormData)`);
      }
      const form = await toFormData(body as Record<string, unknown>);
      return { body: form, description: `[multipart form: ${[...new Set(form.keys())].join(', ')}]` };
    }
    case 'text':
      if (typeof body === 'string') return { body, contentType: mediaType, description: body };
    // falls through: text given as a file or bytes is sent as they are
    case 'binary': {
      if (typeof body !== 'string' && !isUploadable(body)) {
        throw new ConfigurationError(`${op.id}: the body must be a Blob, File, Buffer, typed array, ArrayBuffer, stream or string`);
      }
      const blob = await toBlob(body, mediaType);
      return { body: blob, contentType: mediaType, description: `[${blob.size} bytes of ${mediaType}]` };
    }
    default: {
      const text = JSON.stringify(body);
      return { body: text, contentType: mediaType, description: text };
    }
  }
}
