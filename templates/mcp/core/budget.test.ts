import { describe, expect, it } from 'vitest';
import { INSTRUCTIONS_MAX, budget, listToolsPayload, serverInstructions } from './budget.js';
import { DESCRIBE_TOOL } from './dynamic.js';
import { createJob, deleteJob, listJobs, renameNote, tools } from './testing/mini.js';

describe('listToolsPayload', () => {
  // As sent: without the closed-root marker and the checks only the server needs (core/wire.ts).
  const createInput = { type: 'object', properties: { ...createJob.inputSchema.properties, idempotency_key: { type: 'string' } }, required: ['kind'] };
  const deleteInput = { type: 'object', properties: { ...deleteJob.inputSchema.properties, job_id: { type: 'string' } }, required: ['job_id'] };

  it('holds only the MCP fields of each tool: no title, no default hints, no closed-root marker, no output schema unless asked', () => {
    expect(listToolsPayload([createJob, deleteJob])).toEqual({
      tools: [
        { name: 'create_job', description: createJob.description, inputSchema: createInput, annotations: { destructiveHint: false, idempotentHint: true } },
        { name: 'delete_job', description: deleteJob.description, inputSchema: deleteInput, annotations: { idempotentHint: true } },
      ],
    });
    expect(listToolsPayload([createJob], { outputSchemas: true }).tools[0]!.outputSchema).toEqual(createJob.outputSchema);
  });

  it('leaves out annotations that are all defaults', () => {
    const plain = { ...deleteJob, annotations: { title: 'x', destructiveHint: true, openWorldHint: true } };
    expect(listToolsPayload([plain]).tools[0]).not.toHaveProperty('annotations');
  });

  it('offers describe_endpoint when a schema is sent in outline, and names the arguments every tool shares once', () => {
    const shared = { fields: { type: 'string' }, alt: { enum: ['json', 'proto'] } };
    const wide = [createJob, deleteJob, listJobs, renameNote].map((t) => ({ ...t, inputSchema: { ...t.inputSchema, properties: { ...t.inputSchema.properties, ...shared } } }));
    const listed = listToolsPayload(wide).tools;
    expect(listed.map((t) => t.name)).toEqual([...wide.map((t) => t.name), DESCRIBE_TOOL]);
    expect(listed.slice(0, -1).every((t) => !('fields' in t.inputSchema.properties!) && !('alt' in t.inputSchema.properties!))).toBe(true);
    expect(serverInstructions('mini', wide)).toContain(`Every tool also takes these optional arguments (${DESCRIBE_TOOL} gives their schemas): fields, alt.`);
    expect(serverInstructions('mini', wide, 'dynamic')).not.toContain('Every tool also takes');
    // Without outline or shared arguments there is nothing for it to add.
    expect(listToolsPayload(tools).tools.map((t) => t.name)).not.toContain(DESCRIBE_TOOL);
  });

  it('applies the filter', () => {
    expect(listToolsPayload(tools, { readOnly: true }).tools.map((t) => t.name)).toEqual(['list_jobs']);
  });
});

describe('serverInstructions', () => {
  it('says only the rules some offered tool needs', () => {
    expect(serverInstructions('mini', [deleteJob])).not.toContain('idempotency_key');
    expect(serverInstructions('mini', tools)).toContain('idempotency_key');
  });

  it('stays within INSTRUCTIONS_MAX', () => {
    expect(serverInstructions('x'.repeat(2_000), tools).length).toBeLessThanOrEqual(INSTRUCTIONS_MAX);
  });
});

describe('budget', () => {
  const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

  it('measures each tool entry and the whole payload in bytes, tokens as bytes / 4 rounded up', () => {
    const payload = listToolsPayload(tools);
    const report = budget(tools);
    expect(report.estimate).toBe('tokens = ceil(bytes / 4)');
    expect(report.tools).toEqual(payload.tools.map((t) => ({ name: t.name, bytes: bytes(t), tokens: Math.ceil(bytes(t) / 4) })));
    expect(report.total).toEqual({ bytes: bytes(payload), tokens: Math.ceil(bytes(payload) / 4) });
    expect(report.total.bytes).toBeGreaterThan(report.tools.reduce((sum, t) => sum + t.bytes, 0));
  });

  it('counts UTF-8 bytes, not characters', () => {
    const tool = { ...deleteJob, description: 'Löschen – ✓' };
    const [entry] = budget([tool]).tools;
    expect(entry!.bytes).toBe(bytes(listToolsPayload([tool]).tools[0]));
    expect(entry!.bytes).toBeGreaterThan(JSON.stringify(listToolsPayload([tool]).tools[0]).length);
  });

  it('follows the filter', () => {
    expect(budget(tools, { tags: ['notes'] }).tools.map((t) => t.name)).toEqual(['rename_note']);
  });
});
