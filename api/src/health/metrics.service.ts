import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Prometheus figures: process defaults plus what operators of an inbox watch. No labels with content. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly webhookDeliveries = new Counter({
    name: 'webcare_webhook_deliveries_total',
    help: 'Webhook deliveries by provider and HTTP status',
    labelNames: ['provider', 'status'] as const,
    registers: [this.registry],
  });

  readonly inboundEvents = new Counter({
    name: 'webcare_inbound_events_total',
    help: 'Inbound events applied, by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly inboundMessages = new Counter({
    name: 'webcare_inbound_messages_total',
    help: 'Inbound messages processed into a conversation (triaged, deadline set)',
    registers: [this.registry],
  });

  readonly outboundMessages = new Counter({
    name: 'webcare_outbound_messages_total',
    help: 'Outbound messages by channel and result',
    labelNames: ['channel', 'result'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'webcare_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
