import type { CodegenConfig } from '../config.js';
import type { SourceLocation } from '../errors.js';
import type { ContractIR, OperationIR } from '../ir/types.js';

/** What in the contract a generated file came from, so a generator bug in it can be traced to its cause. */
export interface Origin {
  /** `operation <operationId>`: the id is searched for near the failing line. */
  label: string;
  /** Where it is in the contract; computed only when needed (locating reads the source's positions). */
  locate(): SourceLocation;
}

/** A file a target produces, its path relative to the target package's folder. */
export interface EmittedFile {
  path: string;
  content: string;
  /** Copied as is (runtime files): not reformatted, so the package holds exactly what was tested. */
  verbatim?: boolean;
  /**
   * Emitted in its final layout (data tables, hey-api's own output, the command reference): not run through
   * prettier, whose time and memory grow past anything else on large contracts; TypeScript is still checked
   * to parse.
   */
  preformatted?: boolean;
  /** Written with the executable bit (a package's bin entry). */
  executable?: boolean;
  /** The operations (or other parts of the contract) the file was generated from. */
  origins?: Origin[];
  /**
   * The value a data module's table is printed from (a command's spec, the tool list): the surface stage
   * reads it instead of parsing the module back, which would load TypeScript.
   */
  data?: unknown;
}

/** One contract of the config, with its IR and the model types hey-api produced for it. */
export interface ClientModel {
  name: string;
  className: string;
  ir: ContractIR;
  /** hey-api's `types.gen.ts` for this contract (header already replaced). */
  modelTypes: string;
  /** Where a pointer of the contract is in its source (absent in tests that build a model by hand). */
  locate?: (pointer: string) => SourceLocation;
}

/** The origin of code generated for an operation. */
export function operationOrigin(client: ClientModel, op: OperationIR): Origin {
  const pointer = `/paths/${op.path.replace(/~/g, '~0').replace(/\//g, '~1')}/${op.method.toLowerCase()}`;
  return { label: `operation ${op.id}`, locate: () => client.locate?.(pointer) ?? { file: client.ir.source.file, pointer } };
}

export interface EmitContext {
  config: CodegenConfig;
  /** The first client is the primary one: the CLI and MCP server are built on it. */
  clients: ClientModel[];
}
