// Copied verbatim from templates/cli/builtins/completion.ts. DO NOT EDIT: change the template and regenerate.
/**
 * `completion [bash|zsh]`: a script that asks the CLI itself for completions (`<bin>
 * --get-yargs-completions <words>`), so it always matches the installed commands. Adapted from yargs'
 * own templates, which yargs only emits for the shell in $SHELL.
 */
import { UsageError } from '../core/index.js';
import { COMPLETION_FLAG } from '../run/tree.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

const id = (bin: string): string => bin.replace(/[^A-Za-z0-9_]/g, '_');

function bash(bin: string): string {
  return `###-begin-${bin}-completions-###
# ${bin} completion for bash. Install: source <(${bin} completion bash)   (e.g. in ~/.bashrc)
_${id(bin)}_completions() {
  local cur_word="\${COMP_WORDS[COMP_CWORD]}"
  local -a type_list
  mapfile -t type_list < <(${bin} ${COMPLETION_FLAG} "\${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null)
  mapfile -t COMPREPLY < <(compgen -W "\$(printf '%q ' "\${type_list[@]}")" -- "\${cur_word}")
  return 0
}
complete -o bashdefault -o default -F _${id(bin)}_completions ${bin}
###-end-${bin}-completions-###
`;
}

function zsh(bin: string): string {
  return `#compdef ${bin}
###-begin-${bin}-completions-###
# ${bin} completion for zsh. Install: ${bin} completion zsh > "\${fpath[1]}/_${bin}"   (or source it)
_${id(bin)}_completions() {
  local reply
  local si=$IFS
  IFS=$'\\n' reply=($(${bin} ${COMPLETION_FLAG} "\${words[@]:0:CURRENT}" 2>/dev/null))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _${id(bin)}_completions "$@"
else
  compdef _${id(bin)}_completions ${bin}
fi
###-end-${bin}-completions-###
`;
}

export async function run(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const shell = args.shell === undefined ? (/zsh/.test(ctx.env.SHELL ?? '') ? 'zsh' : 'bash') : String(args.shell);
  if (shell !== 'bash' && shell !== 'zsh')
    throw new UsageError(`invalid value "${shell}" for <shell>: allowed values are bash, zsh`);
  ctx.stdout.write(shell === 'zsh' ? zsh(ctx.identity.bin) : bash(ctx.identity.bin));
}
