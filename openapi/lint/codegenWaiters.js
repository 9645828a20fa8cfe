import { createRulesetFunction } from '@stoplight/spectral-core';
import {
  enumValues,
  findParameter,
  findProperty,
  isObject,
  operations,
  operationsById,
  parameters,
  successSchema,
} from './oas.js';

function checkWaiters(doc, entry, waiters, results) {
  const at = [...entry.path, 'x-codegen-waiters'];
  if (entry.method !== 'get') {
    results.push({ message: `${entry.label}: x-codegen-waiters belongs on a GET operation (a waiter polls it)`, path: at });
    return;
  }
  const schema = successSchema(doc, entry);
  for (const [name, waiter] of Object.entries(waiters)) {
    if (!isObject(waiter) || typeof waiter.field !== 'string' || schema === undefined) continue;
    const field = findProperty(doc, schema, waiter.field);
    if (field.state === 'missing') {
      results.push({ message: `${entry.label}: waiter "${name}" watches "${waiter.field}", which the success response does not have`, path: [...at, name, 'field'] });
      continue;
    }
    const allowed = field.state === 'found' ? enumValues(doc, field.schema) : undefined;
    for (const outcome of ['success', 'failure']) {
      (Array.isArray(waiter[outcome]) && allowed ? waiter[outcome] : []).forEach((value, i) => {
        if (!allowed.includes(value)) {
          results.push({ message: `${entry.label}: waiter "${name}" ${outcome} value "${value}" is not one of ${waiter.field}'s values (${allowed.join(', ')})`, path: [...at, name, outcome, i] });
        }
      });
    }
  }
}

/** `$request.path.x` / `$request.header.x` name this operation's parameters; `$response.body#/a/b` its result. */
function checkExpression(doc, entry, expression, path, results) {
  const request = /^\$request\.(path|header)\.(.+)$/.exec(expression);
  if (request && !findParameter(parameters(doc, entry), request[2], request[1])) {
    results.push({ message: `${entry.label}: "${expression}" names a ${request[1]} parameter the operation does not declare`, path });
  }
  const body = /^\$response\.body#\/(.+)$/.exec(expression);
  const schema = body ? successSchema(doc, entry) : undefined;
  if (schema !== undefined && findProperty(doc, schema, body[1].split('/').join('.')).state === 'missing') {
    results.push({ message: `${entry.label}: "${expression}" names a field the success response does not have`, path });
  }
}

function checkWait(doc, entry, wait, byId, results) {
  const at = [...entry.path, 'x-codegen-wait'];
  if (entry.method === 'get') {
    results.push({ message: `${entry.label}: x-codegen-wait belongs on a mutation (it says what to poll after it)`, path: at });
    return;
  }
  const target = byId.get(wait.operationId);
  if (!target) {
    results.push({ message: `${entry.label}: x-codegen-wait.operationId "${wait.operationId}" is not an operation of this document`, path: [...at, 'operationId'] });
    return;
  }
  const waiters = target.op['x-codegen-waiters'];
  if (!isObject(waiters) || !Object.hasOwn(waiters, wait.waiter)) {
    results.push({ message: `${entry.label}: x-codegen-wait.waiter "${wait.waiter}" is not a waiter of ${target.label}`, path: [...at, 'waiter'] });
  }
  if (!isObject(wait.parameters)) return; // codegen-extension-schema reports the shape
  const mapping = wait.parameters;
  const targetParams = parameters(doc, target);
  for (const [name, expression] of Object.entries(mapping)) {
    if (!findParameter(targetParams, name)) {
      results.push({ message: `${entry.label}: x-codegen-wait.parameters.${name} is not a parameter of ${target.label}`, path: [...at, 'parameters', name] });
    } else if (typeof expression === 'string') {
      checkExpression(doc, entry, expression, [...at, 'parameters', name], results);
    }
  }
  // The poll needs every required path/query parameter; headers (project, auth) come from the client.
  for (const { param } of targetParams) {
    const needed = param.in === 'path' || (param.in === 'query' && param.required === true);
    if (needed && !Object.hasOwn(mapping, param.name)) {
      results.push({ message: `${entry.label}: x-codegen-wait.parameters does not supply "${param.name}", which ${target.label} requires`, path: [...at, 'parameters'] });
    }
  }
}

/** Waiters (SDK waitFor*, CLI --wait) are generated from these two extensions, which must agree. */
export default createRulesetFunction({ input: null, options: null }, function codegenWaiters(doc) {
  const results = [];
  const ops = operations(doc);
  const byId = operationsById(ops);
  for (const entry of ops) {
    const waiters = entry.op['x-codegen-waiters'];
    if (isObject(waiters)) checkWaiters(doc, entry, waiters, results);
    const wait = entry.op['x-codegen-wait'];
    if (isObject(wait) && typeof wait.operationId === 'string') checkWait(doc, entry, wait, byId, results);
  }
  return results;
});
