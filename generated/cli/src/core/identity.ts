// Copied verbatim from templates/cli/core/identity.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Who the generated CLI is. The runtime is spec-agnostic: every name a user sees (binary, environment
 * variables, config directory) comes from here, filled in by generated code.
 */
export interface CliIdentity {
  /** Binary name, as typed by users and shown in hints, e.g. `mycli`. */
  bin: string;
  /** Environment variable prefix without the trailing underscore, e.g. `MYCLI`. */
  envPrefix: string;
  /** Directory name under the user's config home, e.g. `mycli`. */
  configDirName: string;
  version: string;
}

/** The environment variables the runtime reads, by role. */
export type EnvSetting = 'TOKEN' | 'PROJECT' | 'BASE_URL' | 'CONFIG_DIR';

export function envVar(identity: Pick<CliIdentity, 'envPrefix'>, setting: EnvSetting): string {
  return `${identity.envPrefix}_${setting}`;
}
