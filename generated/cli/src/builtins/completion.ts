// Copied verbatim from templates/cli/builtins/completion.ts. DO NOT EDIT: change the template and regenerate.
/**
 * `completion [bash|zsh|fish|powershell]`: a script that asks the CLI itself for candidates
 * (`<entry> __complete <words…>`, run/complete.ts), so it always matches the installed commands. The
 * script calls the entry it was generated from (Node and the script's resolved path), not the bare
 * name, which is not on PATH when the CLI runs through `npx`; it completes `<bin> …` and `npx <bin> …`
 * (the latter only where npx has no completion of its own).
 */
import { UsageError } from '../core/index.js';
import { COMPLETE_COMMAND } from '../run/complete.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

type Shell = 'bash' | 'zsh' | 'fish' | 'powershell';

const id = (bin: string): string => bin.replace(/[^A-Za-z0-9_]/g, '_');
const posix = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;
const fishWord = (word: string): string => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const psWord = (word: string): string => `'${word.replace(/'/g, "''")}'`;

function bash(bin: string, entry: readonly string[]): string {
  const fn = `_${id(bin)}_completions`;
  return `###-begin-${bin}-completions-###
# ${bin} completion for bash. Install: source <(${bin} completion bash)   (e.g. in ~/.bashrc)
${fn}() {
  local line
  COMPREPLY=()
  while IFS= read -r line; do
    [[ -n $line ]] && COMPREPLY+=("\${line%%$'\\t'*}")
  done < <(${entry.map(posix).join(' ')} ${COMPLETE_COMMAND} "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  return 0
}
# \`npx ${bin} …\`: the same, after the npx word.
${fn}_npx() {
  [[ \${COMP_WORDS[1]} == ${bin} && COMP_CWORD -gt 1 ]] || return 0
  local -a COMP_WORDS=("\${COMP_WORDS[@]:1}")
  local COMP_CWORD=$((COMP_CWORD - 1))
  ${fn}
}
complete -o bashdefault -o default -F ${fn} ${bin}
complete -p npx &>/dev/null || complete -o bashdefault -o default -F ${fn}_npx npx
###-end-${bin}-completions-###
`;
}

function zsh(bin: string, entry: readonly string[]): string {
  const fn = `_${id(bin)}`;
  return `#compdef ${bin}
###-begin-${bin}-completions-###
# ${bin} completion for zsh. Install: ${bin} completion zsh > "\${fpath[1]}/_${bin}"   (or source it after compinit)
${fn}() {
  local -a candidates
  local line value
  for line in "\${(@f)$(${entry.map(posix).join(' ')} ${COMPLETE_COMMAND} "\${(@)words[2,CURRENT]}" 2>/dev/null)}"; do
    [[ -z $line ]] && continue
    value=\${line%%$'\\t'*}
    value=\${value//:/\\\\:}
    if [[ $line == *$'\\t'* ]]; then candidates+=("$value:\${line#*$'\\t'}"); else candidates+=("$value"); fi
  done
  if (( \${#candidates} )); then _describe -t values '${bin}' candidates; else _default; fi
}
# \`npx ${bin} …\`: the same, after the npx word.
${fn}_npx() {
  if [[ \${words[2]} == ${bin} ]] && (( CURRENT > 2 )); then
    shift words
    (( CURRENT-- ))
    ${fn}
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${bin}
  (( \${+_comps[npx]} )) || compdef ${fn}_npx npx
fi
###-end-${bin}-completions-###
`;
}

function fish(bin: string, entry: readonly string[]): string {
  const fn = `__${id(bin)}_complete`;
  return `# ${bin} completion for fish. Install: ${bin} completion fish > ~/.config/fish/completions/${bin}.fish
function ${fn}
    set -l words (commandline -opc)
    # The program name, and npx before it.
    if test "$words[1]" = npx
        set -e words[1]
    end
    set -e words[1]
    ${entry.map(fishWord).join(' ')} ${COMPLETE_COMMAND} $words (commandline -ct) 2>/dev/null
end
function ${fn}_npx
    set -l words (commandline -opc)
    test (count $words) -ge 2; and test "$words[2]" = ${bin}
end
complete -c ${bin} -f -a '(${fn})'
complete -c npx -f -n '${fn}_npx' -a '(${fn})'
`;
}

function powershell(bin: string, entry: readonly string[]): string {
  const [command, ...rest] = entry;
  return `# ${bin} completion for PowerShell. Install: ${bin} completion powershell | Out-String | Invoke-Expression   (e.g. in $PROFILE)
Register-ArgumentCompleter -Native -CommandName ${psWord(bin)}, 'npx' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @($commandAst.CommandElements | Where-Object { $_.Extent.StartOffset -lt $cursorPosition } | ForEach-Object { $_.ToString() })
    if ($words[0] -eq 'npx') {
        if ($words.Count -lt 2 -or $words[1] -ne ${psWord(bin)}) { return }
        $words = @($words | Select-Object -Skip 1)
    }
    $words = @($words | Select-Object -Skip 1)
    # The word under the cursor is empty after a space; pass it as '' (an empty argument would be dropped).
    if ($wordToComplete -eq '') { $words += "''" }
    & ${psWord(command ?? bin)} ${rest.map(psWord).join(' ')} ${COMPLETE_COMMAND} @words 2>$null | ForEach-Object {
        $value, $description = $_ -split "\`t", 2
        if (-not $description) { $description = $value }
        [System.Management.Automation.CompletionResult]::new($value, $value, 'ParameterValue', $description)
    }
}
`;
}

/** The shells the command's `<shell>` enum lists (a test holds the two together). */
export const SCRIPTS: Readonly<Record<Shell, (bin: string, entry: readonly string[]) => string>> = {
  bash,
  zsh,
  fish,
  powershell,
};

function shellOf(env: NodeJS.ProcessEnv): Shell {
  const name = (env.SHELL ?? '').split('/').pop() ?? '';
  return name === 'zsh' || name === 'fish' ? name : 'bash';
}

export async function run(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const shell = args.shell === undefined ? shellOf(ctx.env) : String(args.shell).toLowerCase();
  if (!Object.hasOwn(SCRIPTS, shell))
    throw new UsageError(`invalid value "${shell}" for <shell>: allowed values are ${Object.keys(SCRIPTS).join(', ')}`);
  ctx.stdout.write(SCRIPTS[shell as Shell](ctx.identity.bin, ctx.entry ?? [ctx.identity.bin]));
}
