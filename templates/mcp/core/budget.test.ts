import { describe, expect, it } from 'vitest';
import { budget, listToolsPayload } from './budget.js';
import { createJob, deleteJob, tools } from './testing/mini.js';

describe('listToolsPayload', () => {
  it('holds only the MCP fields of each tool', () => {
    expect(listToolsPayload([createJob, deleteJob])).toEqual({
      tools: [
        { name: 'create_job', description: createJob.description, inputSchema: createJob.inputSchema, outputSchema: createJob.outputSchema, annotations: createJob.annotations },
        { name: 'delete_job', description: deleteJob.description, inputSchema: deleteJob.inputSchema, annotations: deleteJob.annotations },
      ],
    });
  });

  it('applies the filter', () => {
    expect(listToolsPayload(tools, { readOnly: true }).tools.map((t) => t.name)).toEqual(['list_jobs']);
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
