import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { WidgetHistory, WidgetImageUploaded, WidgetSendAccepted, WidgetSession } from '@webcare/shared';
import type { Request } from 'express';
import { AuditService } from '../audit/audit.service';
import { type Actor, CurrentActor } from '../common/current-user';
import { Public } from '../common/public.decorator';
import { Roles } from '../common/roles.decorator';
import { WidgetAccountDto, WidgetPhoneDto, WidgetSendDto, WidgetSessionDto } from './dto/widget.dto';
import { type WidgetAccount, WebchatService } from './webchat.service';
import { WidgetInputException } from './webchat.exception';

const KEY = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The widget's API, called from the organisation's site (CORS by the widget account's allowed origins,
 * see WebchatCorsMiddleware). The visitor token goes in `X-Webcare-Visitor`.
 */
@ApiTags('web chat')
@Public()
@Controller('api/widget/:key')
export class WebchatController {
  constructor(private readonly webchat: WebchatService) {}

  @Post('sessions')
  @HttpCode(200)
  async session(
    @Param('key') key: string,
    @Body() body: WidgetSessionDto,
    @Req() request: Request,
  ): Promise<WidgetSession> {
    const account = await this.webchat.requireAccount(key, request.header('origin'));
    return this.webchat.session(account, body.visitorToken, request.ip ?? 'unknown');
  }

  @Get('messages')
  async history(
    @Param('key') key: string,
    @Headers('x-webcare-visitor') token: string | undefined,
    @Req() request: Request,
  ): Promise<WidgetHistory> {
    await this.webchat.requireAccount(key, request.header('origin'));
    return this.webchat.history(await this.webchat.requireVisitor(key, token));
  }

  @Post('messages')
  @HttpCode(202)
  async send(
    @Param('key') key: string,
    @Headers('x-webcare-visitor') token: string | undefined,
    @Body() body: WidgetSendDto,
    @Req() request: Request,
  ): Promise<WidgetSendAccepted> {
    await this.webchat.requireAccount(key, request.header('origin'));
    const visitor = await this.webchat.requireVisitor(key, token);
    return this.webchat.send(visitor, request.ip ?? 'unknown', body);
  }

  /** The image itself as the body (`Content-Type: image/…`, up to 5 MB). */
  @Post('images')
  async image(
    @Param('key') key: string,
    @Headers('x-webcare-visitor') token: string | undefined,
    @Req() request: Request,
  ): Promise<WidgetImageUploaded> {
    await this.webchat.requireAccount(key, request.header('origin'));
    const visitor = await this.webchat.requireVisitor(key, token);
    return this.webchat.uploadImage(visitor, request.ip ?? 'unknown', request.body);
  }

  @Post('phone')
  @HttpCode(202)
  async phone(
    @Param('key') key: string,
    @Headers('x-webcare-visitor') token: string | undefined,
    @Body() body: WidgetPhoneDto,
    @Req() request: Request,
  ): Promise<WidgetSendAccepted> {
    await this.webchat.requireAccount(key, request.header('origin'));
    const visitor = await this.webchat.requireVisitor(key, token);
    return this.webchat.givePhone(visitor, request.ip ?? 'unknown', body.phone);
  }
}

/** Widget accounts: which sites may carry the chat, its colours and wording (admin). */
@ApiTags('web chat')
@Controller('api/widget-accounts')
export class WebchatAccountsController {
  constructor(
    private readonly webchat: WebchatService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Roles('admin')
  async list(): Promise<{ items: WidgetAccount[] }> {
    return { items: await this.webchat.listAccounts() };
  }

  @Put(':key')
  @Roles('admin')
  async save(
    @CurrentActor() actor: Actor,
    @Param('key') key: string,
    @Body() body: WidgetAccountDto,
  ): Promise<WidgetAccount> {
    if (!KEY.test(key)) throw new WidgetInputException('key must be 1 to 64 letters, digits, - or _');
    const { account, wasActive } = await this.webchat.saveAccount({
      key,
      name: body.name,
      allowedOrigins: body.allowedOrigins,
      language: body.language,
      primaryColor: body.primaryColor,
      textColor: body.textColor,
      privacyNl: body.privacyNl ?? null,
      privacyEn: body.privacyEn ?? null,
      active: body.active,
    });
    // Which sites may carry the chat is a security setting: every change is in the access log.
    const action =
      wasActive !== null && wasActive !== account.active
        ? account.active
          ? 'webchat.account_activate'
          : 'webchat.account_deactivate'
        : 'webchat.account_save';
    await this.audit.record({ actor, action, details: { key, created: wasActive === null } });
    return account;
  }
}
