import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditPage, AuditVerification } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { AuditReaderService } from './audit-reader.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('api/audit')
export class AuditController {
  constructor(private readonly reader: AuditReaderService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.reader.list(actor, query);
  }

  @Get('verify')
  verify(@CurrentActor() actor: Actor): Promise<AuditVerification> {
    return this.reader.verify(actor);
  }
}
