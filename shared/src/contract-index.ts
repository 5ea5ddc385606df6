/**
 * Everything of the shared package but the triage engine: what the console loads up front. The engine
 * and its model (some megabyte) come from `@webcare/shared/triage`, loaded when a draft is first checked.
 */
export * from './contract/channels';
export * from './contract/reply-limits';
export * from './contract/triage';
export * from './contract/errors';
export * from './contract/api';
export * from './contract/realtime';
export * from './contract/sla';
export * from './contract/reports';
export * from './contract/audit';
export * from './contract/ingest';
export * from './contract/insight';
export * from './insight/spike-test';
export * from './contract/workload';
export * from './contract/privacy';
export * from './sla';
export * from './contract/widget';
