/**
 * Every failure the generator expects (bad input, bad config, drift) is a GeneratorError: it prints as one
 * located line and maps to a documented exit code. Anything else is a bug and is reported as such.
 */
export const GeneratorExit = {
  ok: 0,
  drift: 1,
  usage: 2,
  contract: 3,
  write: 4,
  internal: 70,
} as const;
export type GeneratorExitCode = (typeof GeneratorExit)[keyof typeof GeneratorExit];

export interface SourceLocation {
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
}

export class GeneratorError extends Error {
  override readonly name = 'GeneratorError';
  constructor(
    message: string,
    readonly location: SourceLocation = {},
    readonly exitCode: GeneratorExitCode = GeneratorExit.contract,
  ) {
    super(message);
  }

  /**
   * `file:line:col #/json/pointer: message` — the parts that are known, on one line: a line break or other
   * control character from the contract (in a name, so in a pointer) is written as an escape.
   */
  format(): string {
    const { file, pointer, line, column } = this.location;
    const where = [file && [file, line, line && column].filter(Boolean).join(':'), pointer && `#${pointer}`]
      .filter(Boolean)
      .join(' ');
    const oneLine = this.message.replace(/\s*\n\s*/g, ' ');
    return escapeControls(where ? `${where}: ${oneLine}` : oneLine);
  }
}

/** Control characters as `\n`, `\u001b`: a message stays one line and cannot drive the terminal. */
export const escapeControls = (text: string): string =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

/** RFC 6901 pointer from path segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** How many problems one run prints before it only counts the rest. */
export const MAX_REPORTED = 25;

/**
 * Every problem a stage found, so a maintainer fixes them all from one run instead of one per run. It is a
 * GeneratorError itself (the first problem, with the count), so any caller that knows only those still
 * prints one honest line.
 */
export class ContractErrors extends GeneratorError {
  constructor(readonly errors: readonly GeneratorError[]) {
    super(
      errors.length === 1 ? errors[0]!.message : `${errors[0]!.message} (and ${errors.length - 1} more problem(s))`,
      errors[0]!.location,
      errors[0]!.exitCode,
    );
  }

  /** One line per problem, at most MAX_REPORTED, then how many were left out. */
  lines(): string[] {
    const shown = this.errors.slice(0, MAX_REPORTED).map((e) => e.format());
    if (this.errors.length > MAX_REPORTED) shown.push(`… and ${this.errors.length - MAX_REPORTED} more problem(s), ${this.errors.length} in all`);
    else if (this.errors.length > 1) shown.push(`${this.errors.length} problems`);
    return shown;
  }
}

/** Collects a stage's problems; `done()` throws them together, if there are any. */
export class Problems {
  readonly found: GeneratorError[] = [];

  add(error: GeneratorError): void {
    this.found.push(error);
  }

  /** Runs `step`; a GeneratorError it throws is kept and `fallback` returned instead. Anything else is a bug and propagates. */
  attempt<T, F>(step: () => T, fallback: F): T | F {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof GeneratorError)) throw error;
      if (error instanceof ContractErrors) this.found.push(...error.errors);
      else this.found.push(error);
      return fallback;
    }
  }

  done(): void {
    if (this.found.length) throw new ContractErrors(this.found);
  }
}
