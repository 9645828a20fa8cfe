import { describe, expect, it } from 'vitest';
import { selectTools, ToolFilterError, type ToolFilter } from './filter.js';
import { getJobToken, tools } from './testing/mini.js';

describe('selectTools', () => {
  it.each<[string, ToolFilter, string[]]>([
    ['no filter', {}, ['create_job', 'delete_job', 'list_jobs', 'rename_note']],
    ['empty lists restrict nothing', { toolNames: [], tags: [] }, ['create_job', 'delete_job', 'list_jobs', 'rename_note']],
    ['read-only mode', { readOnly: true }, ['list_jobs']],
    ['by name, in table order', { toolNames: ['rename_note', 'create_job'] }, ['create_job', 'rename_note']],
    ['by tag', { tags: ['notes'] }, ['rename_note']],
    ['any of the tags', { tags: ['notes', 'jobs'] }, ['create_job', 'delete_job', 'list_jobs', 'rename_note']],
    ['filters combine', { readOnly: true, tags: ['jobs'] }, ['list_jobs']],
    ['a named tool that is not read-only stays out in read-only mode', { readOnly: true, toolNames: ['create_job'] }, []],
  ])('%s', (_name, filter, expected) => {
    expect(selectTools(tools, filter).map((t) => t.name)).toEqual(expected);
  });

  it('leaves a live credential out of read-only mode, whatever its method', () => {
    expect(selectTools([...tools, getJobToken], { readOnly: true }).map((t) => t.name)).toEqual(['list_jobs']);
    expect(selectTools([...tools, getJobToken], { toolNames: ['get_job_token'] }).map((t) => t.name)).toEqual(['get_job_token']);
  });

  it.each<[ToolFilter, RegExp]>([
    [{ toolNames: ['list_jobs', 'list_job'] }, /^Unknown tool list_job; known: create_job, delete_job, list_jobs, rename_note$/],
    [{ tags: ['job', 'note'] }, /^Unknown tags job, note; known: jobs, notes$/],
  ])('rejects unknown names %j', (filter, message) => {
    expect(() => selectTools(tools, filter)).toThrow(ToolFilterError);
    expect(() => selectTools(tools, filter)).toThrow(message);
  });
});
