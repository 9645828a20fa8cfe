/**
 * Colour for people at a terminal, through picocolors (no dependencies, ANSI only). Whether a stream
 * gets colour is decided here, not by picocolors' own detection (which reads stdout for every stream
 * and turns colour on under CI): `--no-color` > FORCE_COLOR > NO_COLOR (https://no-color.org) > the
 * stream is a terminal and TERM is not `dumb`.
 */
import picocolors from 'picocolors';

export type Palette = ReturnType<typeof picocolors.createColors>;

export interface ColourSettings {
  /** `--no-color` */
  noColor?: boolean;
  env: NodeJS.ProcessEnv;
}

const set = (value: string | undefined): boolean => value !== undefined && value !== '';

export function colourEnabled(isTTY: boolean, { noColor, env }: ColourSettings): boolean {
  if (noColor) return false;
  if (set(env.FORCE_COLOR)) return !['0', 'false'].includes(env.FORCE_COLOR!.toLowerCase());
  if (set(env.NO_COLOR)) return false;
  return isTTY && env.TERM !== 'dumb';
}

export const palette = (enabled: boolean): Palette => picocolors.createColors(enabled);

/** Lifecycle words by meaning. A value outside them stays uncoloured: colour only ever adds a hint. */
const STATES: ReadonlyArray<readonly [keyof Pick<Palette, 'green' | 'yellow' | 'red' | 'dim'>, readonly string[]]> = [
  [
    'green',
    ['active', 'available', 'ready', 'running', 'succeeded', 'success', 'completed', 'healthy', 'online', 'enabled'],
  ],
  [
    'yellow',
    [
      'pending',
      'provisioning',
      'creating',
      'starting',
      'queued',
      'releasing',
      'stopping',
      'deleting',
      'draining',
      'updating',
      'scaling',
      'degraded',
      'maintenance',
    ],
  ],
  ['red', ['failed', 'failure', 'error', 'errored', 'unhealthy', 'offline', 'rejected', 'cancelled', 'canceled']],
  ['dim', ['released', 'deleted', 'terminated', 'stopped', 'disabled', 'expired', 'inactive']],
];
const STATE_COLOUR = new Map(STATES.flatMap(([colour, words]) => words.map((word) => [word, colour] as const)));

/** A status value coloured by what it means (active green, pending yellow, failed red, released dim). */
export function stateColour(value: string, colours: Palette): string {
  const colour = STATE_COLOUR.get(value.toLowerCase());
  return colour ? colours[colour](value) : value;
}
