/** Result codes, session links and their verification: pure, like the rest of the model. */
export * from './bytes.ts';
export * from './result-code.ts';
export * from './session-check.ts';
export * from './session-link.ts';
export * from './verify.ts';
export * from './why.ts';
