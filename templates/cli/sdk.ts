// The CLI runtime reaches the SDK only through this file; in the generated package it re-exports the SDK package.
export * from '../sdk/core/index.js';
