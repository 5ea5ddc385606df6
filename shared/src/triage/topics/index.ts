export { DEFAULT_TOPICS, type TopicDefinition } from './topic-list';
export { TopicDetector, detectTopics, mergeTopics, topicDefinitionProblem } from './topic-detector';
