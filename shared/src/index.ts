export * from './contract-index';
export * from './triage';
export * from './workload/guess-language';
