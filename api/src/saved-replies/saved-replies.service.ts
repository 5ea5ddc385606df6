import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SavedReply, SavedReplyRequest, SavedReplyVariables } from '@webcare/shared';
import { In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { AppConfig } from '../config/app-config';
import { TeamsService } from '../teams/teams.service';
import { UsersService } from '../users/users.service';
import { SavedReplyEntity } from './saved-reply.entity';
import { SavedReplyNotFoundException, SavedReplyTeamNotFoundException } from './saved-reply.exception';

export function toSavedReply(entity: SavedReplyEntity): SavedReply {
  return {
    id: entity.id,
    title: entity.title,
    text: entity.text,
    language: entity.language,
    teamId: entity.teamId,
  };
}

const MANAGING: readonly string[] = ['supervisor', 'admin'];

@Injectable()
export class SavedRepliesService {
  constructor(
    @InjectRepository(SavedReplyEntity) private readonly replies: Repository<SavedReplyEntity>,
    private readonly teams: TeamsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  variables(): SavedReplyVariables {
    return { organisatie: this.config.organisationName || null };
  }

  /** Supervisors and admins see every saved reply; others the organisation's and their own teams'. */
  async list(actor: Actor): Promise<SavedReply[]> {
    const order = { title: 'ASC' as const, id: 'ASC' as const };
    if (MANAGING.includes(actor.role)) {
      return (await this.replies.find({ order })).map(toSavedReply);
    }
    const teamIds = await this.users.teamIdsOf(actor.id);
    const where = [{ teamId: IsNull() }, ...(teamIds.length ? [{ teamId: In(teamIds) }] : [])];
    return (await this.replies.find({ where, order })).map(toSavedReply);
  }

  async create(actor: Actor, input: SavedReplyRequest): Promise<SavedReply> {
    const teamId = await this.checkedTeam(input.teamId);
    const saved = await this.replies.save(
      this.replies.create({
        title: input.title,
        text: input.text,
        language: input.language,
        teamId,
        createdBy: actor.id,
      }),
    );
    await this.audit.record({ actor, action: 'saved_reply.create', details: { savedReplyId: saved.id } });
    return toSavedReply(saved);
  }

  async update(actor: Actor, id: string, input: SavedReplyRequest): Promise<SavedReply> {
    const existing = await this.find(id);
    existing.title = input.title;
    existing.text = input.text;
    existing.language = input.language;
    existing.teamId = await this.checkedTeam(input.teamId);
    const saved = await this.replies.save(existing);
    await this.audit.record({ actor, action: 'saved_reply.update', details: { savedReplyId: id } });
    return toSavedReply(saved);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.find(id);
    await this.replies.delete({ id });
    await this.audit.record({ actor, action: 'saved_reply.delete', details: { savedReplyId: id } });
  }

  private async find(id: string): Promise<SavedReplyEntity> {
    const found = UUID.test(id) ? await this.replies.findOne({ where: { id } }) : null;
    if (!found) throw new SavedReplyNotFoundException();
    return found;
  }

  private async checkedTeam(teamId: string | null | undefined): Promise<string | null> {
    if (!teamId) return null;
    if (!(await this.teams.findById(teamId))) throw new SavedReplyTeamNotFoundException();
    return teamId;
  }
}
