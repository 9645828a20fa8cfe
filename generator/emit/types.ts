import type { CodegenConfig } from '../config.js';
import type { ContractIR } from '../ir/types.js';

/** A file a target produces, its path relative to the target package's folder. */
export interface EmittedFile {
  path: string;
  content: string;
  /** Copied as is (runtime files): not reformatted, so the package holds exactly what was tested. */
  verbatim?: boolean;
  /** Written with the executable bit (a package's bin entry). */
  executable?: boolean;
}

/** One contract of the config, with its IR and the model types hey-api produced for it. */
export interface ClientModel {
  name: string;
  className: string;
  ir: ContractIR;
  /** hey-api's `types.gen.ts` for this contract (header already replaced). */
  modelTypes: string;
}

export interface EmitContext {
  config: CodegenConfig;
  /** The first client is the primary one: the CLI and MCP server are built on it. */
  clients: ClientModel[];
}
