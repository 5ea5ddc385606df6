import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { IngestModule } from '../ingest/ingest.module';
import { MediaModule } from '../media/media.module';
import { SlaModule } from '../sla/sla.module';
import { WebchatCorsMiddleware } from './webchat-cors.middleware';
import { WebchatAccountsController, WebchatController } from './webchat.controller';
import { WebchatGateway } from './webchat.gateway';
import { WebchatListener } from './webchat.listener';
import { WebchatService } from './webchat.service';
import { WidgetScriptController } from './widget-script.controller';

@Module({
  imports: [ContactsModule, ConversationsModule, IngestModule, MediaModule, SlaModule],
  controllers: [WebchatController, WebchatAccountsController, WidgetScriptController],
  providers: [WebchatService, WebchatGateway, WebchatListener],
  exports: [WebchatService, WebchatGateway],
})
export class WebchatModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebchatCorsMiddleware).forRoutes('api/widget/{*path}');
  }
}
