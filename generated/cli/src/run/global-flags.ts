// Copied verbatim from templates/cli/run/global-flags.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Flags every command accepts. Plain data (no runtime imports): the generator reads it too, so no
 * command flag generated from the contract can take one of these names.
 */
import { envVar, type CliIdentity } from '../core/identity.js';
import type { FlagSpec } from './types.js';

export function globalFlags(identity: CliIdentity): FlagSpec[] {
  const env = (setting: Parameters<typeof envVar>[1]) => envVar(identity, setting);
  return [
    {
      name: 'base-url',
      type: 'string',
      description: `API base URL (else ${env('BASE_URL')}, config.json, the contract's server)`,
    },
    {
      name: 'project',
      type: 'string',
      description: `Project for project-scoped commands (else ${env('PROJECT')}, the active project)`,
    },
    {
      name: 'output',
      alias: 'o',
      type: 'string',
      description:
        'Output format: table, wide (every column), csv, json, jsonl (one JSON value per line) or yaml (default: table on a terminal, json otherwise)',
    },
    { name: 'no-heading', type: 'boolean', description: 'Omit the header row of table and csv output' },
    { name: 'no-color', type: 'boolean', description: 'No colour (also NO_COLOR; FORCE_COLOR turns it on when piped)' },
    { name: 'header', alias: 'H', type: 'string', array: true, description: "Extra request header 'Name: value'" },
    {
      name: 'debug',
      type: 'boolean',
      description: 'Print every HTTP exchange on stderr (secrets redacted) and stack traces',
    },
    {
      name: 'timeout',
      type: 'string',
      description: 'Per-request timeout: milliseconds or a duration such as 500ms, 30s, 2m (default 60s)',
    },
    {
      name: 'max-response-size',
      type: 'string',
      description: 'Fail on a response body larger than this: bytes or 500KB, 100MB, 1GB (default 100MB)',
    },
    {
      name: 'insecure',
      type: 'boolean',
      description: 'Allow a plain http:// base URL to a host other than this machine (the token is sent unencrypted)',
    },
    { name: 'yes', type: 'boolean', description: 'Confirm destructive commands without asking' },
  ];
}

/** Names yargs itself owns. */
export const YARGS_FLAGS = ['help', 'version'] as const;
