// Imported only through loadDraftEngine, so the bundler puts the engine in a chunk of its own.
export { classify } from '@webcare/shared/triage';
