import type { EvidenceSpan, FlagCode } from '../../contract/triage';
import type { Analysis } from '../analysis';
import { featuresOf } from '../model';
import type { LinearModel } from '../model/linear-model';
import { decodeModel, type ModelData } from '../model/model-codec';
import { TOPIC_MODEL_DATA } from '../model/topic-model-data';

/**
 * The learned topic classifier: one-vs-rest logistic regression over the triage model's features (the
 * same hashed words, word pairs and character n-grams, computed once per message for both), stored with
 * the triage model's codec. It knows the built-in topics only; the organisation's own stay phrase-based.
 */
export interface TopicModelData extends Omit<ModelData, 'labels' | 'thresholds'> {
  labels: readonly string[];
  /** Probability from which the model raises a topic on its own; absent: it never does. */
  thresholds: Readonly<Record<string, number>>;
}

/**
 * LinearModel and the codec call their labels flags; the topic model puts topic codes in those slots.
 * This is the one place that says so.
 */
export function asModelData(data: TopicModelData): ModelData {
  return data as unknown as ModelData;
}

export function asTopicModelData(data: ModelData): TopicModelData {
  return data as unknown as TopicModelData;
}

export function topicLabelsAsFlags(codes: readonly string[]): readonly FlagCode[] {
  return codes as unknown as readonly FlagCode[];
}

export interface TopicModel {
  model: LinearModel;
  codes: readonly string[];
  thresholds: Readonly<Record<string, number>>;
}

export function loadTopicModel(data: TopicModelData): TopicModel {
  return { model: decodeModel(asModelData(data)), codes: data.labels, thresholds: data.thresholds };
}

let bundled: TopicModel | null = null;

/** The committed topic model (shared/src/triage/model/topic-model-data.ts), decoded on first use. */
export function bundledTopicModel(): TopicModel {
  bundled ??= loadTopicModel(TOPIC_MODEL_DATA);
  return bundled;
}

/** A topic the model finds: its probability, and the words that carry it. */
export interface TopicOpinion {
  code: string;
  probability: number;
  evidence: EvidenceSpan[];
}

/**
 * The topics the model raises for an analysed message (probability at or above the topic's threshold),
 * in the model's label order. Reads the analysis' features as the triage model computed them.
 */
export function topicsOfModel(topics: TopicModel, a: Analysis): TopicOpinion[] {
  const features = featuresOf(a);
  const score = topics.model.score(features, a.words);
  const raised: { k: number; probability: number }[] = [];
  topics.codes.forEach((code, k) => {
    const t = topics.thresholds[code];
    if (t !== undefined && score.probability[k] >= t) raised.push({ k, probability: score.probability[k] });
  });
  // Evidence after the probabilities are read: it reuses the score only for this message's windows.
  return raised.map(({ k, probability }) => ({
    code: topics.codes[k],
    probability,
    evidence: topics.model.evidence(k, score, features, a.words),
  }));
}

/** Each topic's probability for an analysed message, in the model's label order (training, evaluation). */
export function topicProbabilities(topics: TopicModel, a: Analysis): Float64Array {
  return Float64Array.from(topics.model.score(featuresOf(a), a.words).probability);
}
