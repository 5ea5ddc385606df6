import { Injectable } from '@nestjs/common';
import {
  classify,
  classifyWithTopics,
  type TopicDetector,
  type TriageContext,
  type TriageResult,
  type TriageWithTopics,
} from '@webcare/shared';

/** Thin on purpose: the engine lives in shared/ so the console runs the same checks on drafts. */
@Injectable()
export class TriageService {
  classify(text: string, context: TriageContext): TriageResult {
    return classify(text, context);
  }

  /**
   * Triage and topics of an inbound message from one reading of the text; `topics` is the
   * organisation's topic list (TopicListService.detector).
   */
  classifyWithTopics(text: string, topics: TopicDetector, context: TriageContext): TriageWithTopics {
    return classifyWithTopics(text, context, topics);
  }
}
