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

  /** `file:line:col #/json/pointer: message` — the parts that are known, on one line. */
  format(): string {
    const { file, pointer, line, column } = this.location;
    const where = [file && [file, line, line && column].filter(Boolean).join(':'), pointer && `#${pointer}`]
      .filter(Boolean)
      .join(' ');
    const oneLine = this.message.replace(/\s*\n\s*/g, ' ');
    return where ? `${where}: ${oneLine}` : oneLine;
  }
}

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
