import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ERROR_CODES, type UnprocessableEventList } from '@webcare/shared';
import { AppException } from '../common/app.exception';
import { Roles } from '../common/roles.decorator';
import { UUID } from '../common/uuid';
import { IngestService } from './ingest.service';

export class InboundEventNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.inboundEventNotFound, 404, 'No failed event with this id');
  }
}

/** Supervisors see what could not be processed, and put it back in the queue. */
@ApiTags('ingest')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('api/ingest/unprocessable')
export class IngestController {
  constructor(private readonly ingest: IngestService) {}

  @Get()
  list(): Promise<UnprocessableEventList> {
    return this.ingest.unprocessable();
  }

  @Post(':id/retry')
  @HttpCode(202)
  async retry(@Param('id') id: string): Promise<{ queued: true }> {
    if (!UUID.test(id) || !(await this.ingest.retry(id))) throw new InboundEventNotFoundException();
    return { queued: true };
  }
}
