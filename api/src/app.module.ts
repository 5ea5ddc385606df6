import { existsSync } from 'node:fs';
import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CallBacksModule } from './callbacks/call-backs.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ContactsModule } from './contacts/contacts.module';
import { ConversationsModule } from './conversations/conversations.module';
import { dataSourceOptions } from './database/data-source';
import { DemoModule } from './demo/demo.module';
import { EscalationsModule } from './escalations/escalations.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { IngestModule } from './ingest/ingest.module';
import { InsightModule } from './insight/insight.module';
import { JobsModule } from './jobs/jobs.module';
import { ModerationModule } from './moderation/moderation.module';
import { OutboundModule } from './outbound/outbound.module';
import { PrivacyModule } from './privacy/privacy.module';
import { PushModule } from './push/push.module';
import { RealtimeModule } from './realtime/realtime.module';
import { ReportsModule } from './reports/reports.module';
import { SlaModule } from './sla/sla.module';
import { SwitchesModule } from './switches/switches.module';
import { TeamsModule } from './teams/teams.module';
import { TemplatesModule } from './templates/templates.module';
import { MediaModule } from './media/media.module';
import { TriageModule } from './triage/triage.module';
import { UsersModule } from './users/users.module';
import { WebchatModule } from './webchat/webchat.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { WorkloadModule } from './workload/workload.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    const consoleBuilt = existsSync(`${config.webDist}/index.html`);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), retryAttempts: 2, retryDelay: 1000 }),
        ...(consoleBuilt
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDist,
                exclude: [
                  '/api/{*path}',
                  '/webhooks/{*path}',
                  '/socket.io/{*path}',
                  '/health',
                  '/metrics',
                  '/widget.js',
                ],
              }),
            ]
          : []),
        EventsModule,
        HealthModule,
        AuditModule,
        JobsModule,
        TriageModule,
        AuthModule,
        UsersModule,
        TeamsModule,
        PushModule,
        RealtimeModule,
        ContactsModule,
        ConversationsModule,
        EscalationsModule,
        CallBacksModule,
        IngestModule,
        WebhooksModule,
        OutboundModule,
        SwitchesModule,
        ModerationModule,
        TemplatesModule,
        MediaModule,
        PrivacyModule,
        WebchatModule,
        DemoModule,
        SlaModule,
        ReportsModule,
        InsightModule,
        WorkloadModule,
      ],
    };
  }
}
