export * from './contract/channels';
export * from './contract/triage';
export * from './contract/errors';
export * from './contract/api';
export * from './contract/realtime';
