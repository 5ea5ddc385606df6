import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Replies kept ready for the organisation or one team, picked with `#` in the composer. */
export class SavedReplies1796139134936 implements MigrationInterface {
  name = 'SavedReplies1796139134936';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_replies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "text" text NOT NULL, "language" text NOT NULL, "team_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_55af264beda24a4a6daa7f35fe9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_saved_replies_team" ON "saved_replies" ("team_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_saved_replies_team"`);
    await queryRunner.query(`DROP TABLE "saved_replies"`);
  }
}
