import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Privacy lifecycle: retention periods, erased people, access-log pseudonyms, two-factor login and SSO users. */
export class PrivacyLifecycle1796138976488 implements MigrationInterface {
  name = 'PrivacyLifecycle1796138976488';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "retention_settings" ("id" smallint NOT NULL DEFAULT '1', "message_content_days" integer, "media_days" integer, "contact_details_days" integer, "notes_days" integer, "audit_log_days" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba0941ea3e43235c88387d87aa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_secret" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_pending_secret" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_last_step" bigint`);
    await queryRunner.query(`ALTER TABLE "users" ADD "recovery_codes" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "sessions_valid_after" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "sso_subject" text`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "UQ_e4a4ff3811b092e43281eaea439" UNIQUE ("sso_subject")`,
    );
    await queryRunner.query(`ALTER TABLE "contacts" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "contact_ref" text`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_contact_ref" ON "audit_log" ("contact_ref", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_contact_ref"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "contact_ref"`);
    await queryRunner.query(`ALTER TABLE "contacts" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "UQ_e4a4ff3811b092e43281eaea439"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "sso_subject"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "sessions_valid_after"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "recovery_codes"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_pending_secret"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_secret"`);
    await queryRunner.query(`DROP TABLE "retention_settings"`);
  }
}
