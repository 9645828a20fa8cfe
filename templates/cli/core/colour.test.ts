import { describe, expect, it } from 'vitest';
import { colourEnabled, palette, stateColour } from './colour.js';

describe('colourEnabled', () => {
  it.each<[string, boolean, { noColor?: boolean; env: NodeJS.ProcessEnv }, boolean]>([
    ['a terminal', true, { env: {} }, true],
    ['not a terminal', false, { env: {} }, false],
    ['TERM=dumb', true, { env: { TERM: 'dumb' } }, false],
    ['NO_COLOR', true, { env: { NO_COLOR: '1' } }, false],
    ['an empty NO_COLOR is unset', true, { env: { NO_COLOR: '' } }, true],
    ['--no-color', true, { noColor: true, env: {} }, false],
    ['FORCE_COLOR when piped', false, { env: { FORCE_COLOR: '1' } }, true],
    ['FORCE_COLOR over NO_COLOR', false, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, true],
    ['FORCE_COLOR=0', true, { env: { FORCE_COLOR: '0' } }, false],
    ['--no-color over FORCE_COLOR', true, { noColor: true, env: { FORCE_COLOR: '1' } }, false],
  ])('%s', (_label, isTTY, settings, expected) => {
    expect(colourEnabled(isTTY, settings)).toBe(expected);
  });
});

describe('stateColour', () => {
  const on = palette(true);
  it.each([
    ['active', 'green'],
    ['Ready', 'green'],
    ['pending', 'yellow'],
    ['provisioning', 'yellow'],
    ['failed', 'red'],
    ['released', 'dim'],
  ] as const)('%s is %s', (state, colour) => {
    expect(stateColour(state, on)).toBe(on[colour](state));
    expect(on[colour](state)).not.toBe(state);
  });

  it('leaves other words, and everything without colour, alone', () => {
    expect(stateColour('slurm', on)).toBe('slurm');
    expect(stateColour('active', palette(false))).toBe('active');
  });
});
