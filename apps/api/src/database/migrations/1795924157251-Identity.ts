import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795924157251 implements MigrationInterface {
  name = 'Identity1795924157251';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."actor_kind" AS ENUM('USER', 'TOKEN', 'ANONYMOUS', 'SYSTEM')`);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_kind" "public"."actor_kind" NOT NULL, "actor_id" uuid, "actor_name" character varying(100) NOT NULL, "action" character varying(60) NOT NULL, "entity_type" character varying(40), "entity_id" character varying(64), "town_code" character varying(9), "before" jsonb, "after" jsonb, "details" jsonb, "request_id" character varying(64), "ip" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log"  ("actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity_type", "entity_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log"  ("at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('DISTRICT_ADMIN', 'DISTRICT_STAFF', 'TOWN_STAFF', 'AUDITOR', 'PARTNER', 'BI')`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(50) NOT NULL, "display_name" character varying(50) NOT NULL, "role" "public"."user_role" NOT NULL, "town_code" character varying(9), "phone" character varying(20), "password_hash" character varying(200) NOT NULL, "must_change_password" boolean NOT NULL DEFAULT true, "failed_attempts" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_staff_role_check" CHECK (role IN ('DISTRICT_ADMIN', 'DISTRICT_STAFF', 'TOWN_STAFF', 'AUDITOR')), CONSTRAINT "app_user_town_check" CHECK ((role = 'TOWN_STAFF') = (town_code IS NOT NULL)), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"  ("username") `);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" character varying(64) NOT NULL DEFAULT '', "user_agent" character varying(300) NOT NULL DEFAULT '', CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "user_session_token_hash_key" ON "user_session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "user_session_user_idx" ON "user_session"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."token_kind" AS ENUM('PARTNER', 'BI')`);
    await queryRunner.query(`CREATE TYPE "public"."dataset" AS ENUM('PLACES', 'PROJECTS', 'FUNDS')`);
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "kind" "public"."token_kind" NOT NULL, "datasets" "public"."dataset" array NOT NULL DEFAULT '{}', "town_codes" character varying(9) array NOT NULL DEFAULT '{}', "aggregates_only" boolean NOT NULL DEFAULT false, "prefix" character varying(16) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"  ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_82a93fd4d18bddcc9c465d1a8d4" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_d291af9bf080ecd5ce9f429c415" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_d291af9bf080ecd5ce9f429c415"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_82a93fd4d18bddcc9c465d1a8d4"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP TYPE "public"."dataset"`);
    await queryRunner.query(`DROP TYPE "public"."token_kind"`);
    await queryRunner.query(`DROP INDEX "public"."user_session_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."user_session_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_username_key"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_actor_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TYPE "public"."actor_kind"`);
  }
}
