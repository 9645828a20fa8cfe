/**
 * `generate --explain`: what the generator concluded where the contract is silent, one line each, so a
 * maintainer can check the guesses and pin or correct any of them with the matching x-codegen-* extension.
 */
import type { ContractIR } from './types.js';

const OVERRIDE: Record<string, string> = {
  'operation-id': 'operationId',
  parameter: 'a parameter declaration',
  flag: 'x-codegen-cli.flags',
  pagination: 'x-codegen-pagination',
  idempotency: 'x-codegen-idempotency',
  errors: 'x-codegen-errors',
  'mcp-tool': 'x-codegen-mcp.name',
};

export function explainLines(ir: ContractIR): string[] {
  const title = `${ir.source.file}: ${ir.inferred.length} inference(s)${ir.inferred.length ? ' (each can be overridden by the extension named in brackets)' : ''}`;
  const byOperation = new Map(ir.operations.map((op) => [op.id, op]));
  return [
    title,
    ...ir.inferred.map((entry) => {
      const op = entry.operationId ? byOperation.get(entry.operationId) : undefined;
      const where = op ? `${op.method} ${op.path} (${op.cli.command.join(' ')})` : entry.operationId ?? 'contract';
      return `  ${entry.subject.padEnd(12)} ${where}: ${entry.detail} [${OVERRIDE[entry.subject]}]`;
    }),
  ];
}
