import { Injectable } from '@nestjs/common';
import { classify, type TriageContext, type TriageResult } from '@webcare/shared';

/** Thin on purpose: the engine lives in shared/ so the console runs the same checks on drafts. */
@Injectable()
export class TriageService {
  classify(text: string, context: TriageContext): TriageResult {
    return classify(text, context);
  }
}
