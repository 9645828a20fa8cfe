/**
 * Text that came from a server, made safe to print on a terminal. A value such as a node's hostname or
 * an error message is data, never terminal commands: an escape sequence in it could recolour or clear
 * the screen, set the window title, write a hyperlink or, with some terminals, the clipboard (OSC 52); a
 * bare CR or a newline could fake a line of output; bidirectional overrides could show text in another
 * order than it is (Trojan Source). Every writer that puts server strings on a terminal goes through
 * `terminalText`.
 */

/**
 * ESC or the 8-bit C1 introducers, with what they introduce: CSI (`ESC [` … final byte), OSC, DCS, SOS,
 * PM and APC strings (up to BEL or ST), and the two-byte escapes (`ESC c`, `ESC 7`, …).
 */
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;

/** What is left to show escaped: C0 controls, DEL, C1 controls, bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export interface TerminalTextOptions {
  /** Keep line feeds (multi-line free text printed on lines of its own); CR and the rest are still escaped. */
  keepNewlines?: boolean;
}

/**
 * Escape sequences are removed; every other control character is shown as a visible escape (`\r`,
 * `\n`, `\t`, `\u001b`-style), so nothing in the value is hidden and nothing in it acts on the terminal.
 */
export function terminalText(text: string, options: TerminalTextOptions = {}): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL, (c) =>
      options.keepNewlines && c === '\n' ? c : (NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    );
}
