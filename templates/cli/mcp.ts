// The CLI runtime reaches the MCP package only through this file; in the generated package it re-exports the MCP package.
export * from '../mcp/core/index.js';
