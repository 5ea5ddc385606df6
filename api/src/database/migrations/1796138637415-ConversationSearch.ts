import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search: message text under both the Dutch and the English stemmer (one index over both, so a
 * query in either language finds its words), contact names as they are (no stemming for names).
 * The expressions must stay identical to those in conversation-query.ts for the planner to use them.
 */
export class ConversationSearch1796138637415 implements MigrationInterface {
  name = 'ConversationSearch1796138637415';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_messages_search" ON "messages" USING gin ((to_tsvector('dutch'::regconfig, "text") || to_tsvector('english'::regconfig, "text")))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contacts_name_search" ON "contacts" USING gin (to_tsvector('simple'::regconfig, coalesce("display_name", '')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_contacts_name_search"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_messages_search"`);
  }
}
