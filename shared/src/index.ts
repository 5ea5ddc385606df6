export * from './contract-index';
export * from './triage';
