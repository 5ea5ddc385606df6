import type { FlagCode } from '../../contract/triage';
import type { Analysis } from '../analysis';
import { collectFeatures, FeatureBuffer } from './features';
import type { LinearModel } from './linear-model';
import { decodeModel, type ModelData } from './model-codec';
import { MODEL_DATA } from './model-data';

export { collectFeatures, FeatureBuffer } from './features';
export { LinearModel } from './linear-model';
export { decodeModel, encodeModel, type ModelData } from './model-codec';

/** A trained model with the probabilities from which it raises each flag on its own. */
export interface TriageModel {
  model: LinearModel;
  thresholds: Readonly<Partial<Record<FlagCode, number>>>;
}

export function loadModel(data: ModelData): TriageModel {
  return { model: decodeModel(data), thresholds: data.thresholds };
}

let bundled: TriageModel | null = null;

/** The committed model (shared/src/triage/model/model-data.ts), decoded on first use. */
export function bundledModel(): TriageModel {
  bundled ??= loadModel(MODEL_DATA);
  return bundled;
}

/** What the model says of one message: per flag its probability, and the words that carry it. */
export interface ModelOpinion {
  probability(code: FlagCode): number;
  /** The model alone would raise this flag. */
  raises(code: FlagCode): boolean;
  evidence(code: FlagCode): { start: number; end: number }[];
}

const buffer = new FeatureBuffer();
/** The analysis whose features the buffer holds: the triage and the topic model read them once. */
let featuresFor: Analysis | null = null;

/** The features of an analysed message, computed once however many models read them. */
export function featuresOf(a: Analysis): FeatureBuffer {
  if (featuresFor !== a) {
    collectFeatures(a, buffer);
    featuresFor = a;
  }
  return buffer;
}

export function consult(triage: TriageModel, a: Analysis): ModelOpinion {
  featuresOf(a);
  const { model, thresholds } = triage;
  const words = a.words;
  const score = model.score(buffer, words);
  const index = (code: FlagCode): number => model.labels.indexOf(code);
  return {
    probability: (code) => {
      const k = index(code);
      return k < 0 ? 0 : score.probability[k];
    },
    raises: (code) => {
      const k = index(code);
      const t = thresholds[code];
      return k >= 0 && t !== undefined && score.probability[k] >= t;
    },
    // Called right after scoring, while the buffer still holds this message's features.
    evidence: (code) => {
      const k = index(code);
      return k < 0 ? [] : model.evidence(k, score, buffer, words);
    },
  };
}
