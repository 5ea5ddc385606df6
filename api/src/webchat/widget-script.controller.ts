import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ERROR_CODES } from '@webcare/shared';
import type { Response } from 'express';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';

/**
 * `GET /widget.js`: the web chat widget's own small bundle (no React, Shadow DOM), built beside the
 * console (`web/dist-widget/widget.js`) and loaded by a script tag on the organisation's sites.
 */
@ApiExcludeController()
@Public()
@Controller()
export class WidgetScriptController {
  private script: Promise<Buffer | null> | null = null;

  constructor(private readonly config: AppConfig) {}

  @Get('widget.js')
  async get(@Res() response: Response): Promise<void> {
    this.script ??= readFile(path.join(path.dirname(this.config.webDist), 'dist-widget', 'widget.js')).catch(
      () => null,
    );
    const script = await this.script;
    if (!script) {
      this.script = null;
      response.status(404).json({
        statusCode: 404,
        code: ERROR_CODES.notFound,
        message: 'The web chat widget is not built (npm run build -w web)',
      });
      return;
    }
    response.set({
      'Content-Type': 'text/javascript; charset=utf-8',
      // Loaded by other sites: a script tag is a no-cors request, which the default same-origin policy blocks.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=300',
    });
    response.end(script);
  }
}
