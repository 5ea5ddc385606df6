export { classify } from './classify';
export { normalize, type NormalizedText } from './normalize';
export { isValidBsn } from './detectors/bsn';
export { isValidRrn } from './detectors/rrn';
export { isValidIban } from './detectors/iban';
export { classifyPhone, HELP_LINES } from './detectors/phone';
export { isValidEmail } from './detectors/email';
export type { IdentifierKind, IdentifierMatch } from './detectors/types';
export { switchTemplate, type TemplateOptions, type TemplateSituation } from './templates';
export {
  DEFAULT_TOPICS,
  TopicDetector,
  detectTopics,
  mergeTopics,
  topicDefinitionProblem,
  classifyWithTopics,
  topicsOf,
  type TopicDefinition,
  type TopicMatch,
  type TriageWithTopics,
} from './topics';
