export { DEFAULT_TOPICS, type TopicDefinition } from './topic-list';
export {
  TopicDetector,
  detectTopics,
  mergeTopics,
  topicDefinitionProblem,
  type TopicMatch,
} from './topic-detector';
export { classifyWithTopics, topicsOf, type TriageWithTopics } from './classify-topics';
export { bundledTopicModel, loadTopicModel, type TopicModel, type TopicModelData } from './topic-model';
