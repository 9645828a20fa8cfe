import { describe, expect, it } from 'vitest';
import { terminalText } from './terminal-text.js';

describe('terminalText', () => {
  it.each<[string, string, string]>([
    ['plain text and Unicode', 'gpu-h100 · 日本語 café', 'gpu-h100 · 日本語 café'],
    ['SGR colour', 'a\u001b[31mred\u001b[0mb', 'aredb'],
    ['screen clear and cursor moves', '\u001b[2J\u001b[1;1H\u001b[?25lx', 'x'],
    ['OSC window title ended by BEL', '\u001b]0;owned\u0007name', 'name'],
    ['OSC 8 hyperlink ended by ST', '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', 'click'],
    ['OSC 52 clipboard write', '\u001b]52;c;cm0gLXJmIH4=\u0007ok', 'ok'],
    ['DCS string', '\u001bPq#0;2;0;0;0\u001b\\after', 'after'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['two-byte escape (reset)', 'a\u001bcb', 'ab'],
    ['a lone ESC at the end', 'a\u001b', 'a'],
    ['CR that would overwrite the line', 'ok\rFAKE', 'ok\\rFAKE'],
    ['newline and tab', 'a\nb\tc', 'a\\nb\\tc'],
    ['other C0, DEL and C1', 'a\u0000b\u0007c\u007fd\u0085e', 'a\\u0000b\\u0007c\\u007fd\\u0085e'],
    ['bidi override (Trojan Source)', 'user\u202eexe.txt', 'user\\u202eexe.txt'],
  ])('%s', (_label, input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });

  it('keeps line feeds when asked, still escaping CR', () => {
    expect(terminalText('line 1\nline 2\r\n', { keepNewlines: true })).toBe('line 1\nline 2\\r\n');
  });
});
