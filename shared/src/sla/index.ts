export * from './business-calendar';
export * from './holidays';
export * from './sla-clock';
export * from './sla-state';
