import { ERROR_CODES, GOAL_METRICS } from '@webcare/shared';
import { AppException } from '../common/app.exception';

export class SpikeNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.spikeNotFound, 404, 'There is no such spike');
  }
}

export class SpikeGrewException extends AppException {
  constructor(count: number, confirmed: number) {
    super(
      ERROR_CODES.spikeGrew,
      409,
      `The spike has grown to ${count} conversations since ${confirmed} were confirmed; confirm the new number (count: ${count}) to answer the new ones too`,
      { count, confirmed },
    );
  }
}

export class UnknownMetricException extends AppException {
  constructor(metrics: string[]) {
    super(
      ERROR_CODES.unknownMetric,
      400,
      `Unknown goal metric ${metrics.map((m) => `"${m}"`).join(', ')}; known metrics: ${GOAL_METRICS.join(', ')}`,
      { known: [...GOAL_METRICS] },
    );
  }
}

export class TopicInvalidException extends AppException {
  constructor(problem: string) {
    super(ERROR_CODES.topicInvalid, 400, `The topic cannot be saved: ${problem}`);
  }
}

export class InsightQueryInvalidException extends AppException {
  constructor(problem: string) {
    super(ERROR_CODES.reportQueryInvalid, 400, `The report cannot be made: ${problem}`);
  }
}
