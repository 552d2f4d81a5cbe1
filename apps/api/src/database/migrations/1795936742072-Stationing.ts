import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Stationing1795936742072 implements MigrationInterface {
  name = 'Stationing1795936742072';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."unit_kind" AS ENUM('PROVINCIAL', 'CITY', 'DISTRICT', 'TOWN', 'STATE_ENTERPRISE', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "dispatching_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "kind" "public"."unit_kind" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_67df334cefcad7acaa87cbc145e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "dispatching_unit_name_key" ON "dispatching_unit"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "cadre" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(50) NOT NULL, "unit_id" uuid NOT NULL, "title" character varying(50) NOT NULL DEFAULT '', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f32741f7c0b6ff1722faa6f1e1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "cadre_unit_idx" ON "cadre"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."term_end_reason" AS ENUM('ROTATED', 'TERM_COMPLETED', 'RECALLED', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "first_secretary" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cadre_id" uuid NOT NULL, "town_code" character varying(9) NOT NULL, "village_code" character varying(12) NOT NULL, "started_on" date NOT NULL, "ended_on" date, "end_reason" "public"."term_end_reason", "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "first_secretary_term_check" CHECK (ended_on IS NULL OR ended_on >= started_on), CONSTRAINT "PK_8522dcb0ae19a12adddcc21a958" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "first_secretary_town_idx" ON "first_secretary"  ("town_code", "started_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "first_secretary_cadre_active_key" ON "first_secretary"  ("cadre_id") WHERE ended_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "first_secretary_village_active_key" ON "first_secretary"  ("village_code") WHERE ended_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "town_code" character varying(9) NOT NULL, "village_code" character varying(12) NOT NULL, "lead_unit_id" uuid NOT NULL, "formed_on" date NOT NULL, "dissolved_on" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "work_team_term_check" CHECK (dissolved_on IS NULL OR dissolved_on >= formed_on), CONSTRAINT "PK_e0c0894bd0c48bceccb45653f32" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "work_team_town_idx" ON "work_team"  ("town_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "work_team_village_active_key" ON "work_team"  ("village_code") WHERE dissolved_on IS NULL`,
    );
    await queryRunner.query(`CREATE TYPE "public"."team_role" AS ENUM('LEADER', 'MEMBER')`);
    await queryRunner.query(
      `CREATE TABLE "work_team_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "cadre_id" uuid NOT NULL, "role" "public"."team_role" NOT NULL, "started_on" date NOT NULL, "ended_on" date, "end_reason" "public"."term_end_reason", "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "work_team_member_term_check" CHECK (ended_on IS NULL OR ended_on >= started_on), CONSTRAINT "PK_5b8c49a60ee48dbc42145342bb8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "work_team_member_team_idx" ON "work_team_member"  ("team_id", "started_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "work_team_member_cadre_active_key" ON "work_team_member"  ("cadre_id") WHERE ended_on IS NULL`,
    );
    await queryRunner.query(`ALTER TYPE "public"."dataset" ADD VALUE 'STATIONING'`);
    await queryRunner.query(
      `ALTER TABLE "cadre" ADD CONSTRAINT "FK_0338dc244c8ed1f8e668703664d" FOREIGN KEY ("unit_id") REFERENCES "dispatching_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "first_secretary" ADD CONSTRAINT "FK_d254e5180cf61abac7350f4cda8" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "first_secretary" ADD CONSTRAINT "FK_0c969bc8a9cbccbd8f4333a2beb" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "first_secretary" ADD CONSTRAINT "FK_65564fe0e24ae92763e357dbb7e" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_team" ADD CONSTRAINT "FK_1162db2390168dbda8d5df8b036" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_team" ADD CONSTRAINT "FK_a203a2f75fa415646d43a845387" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_team" ADD CONSTRAINT "FK_6ac7d15edb7637030fb9d764e04" FOREIGN KEY ("lead_unit_id") REFERENCES "dispatching_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_team_member" ADD CONSTRAINT "FK_2566c0cc8332bb9c0ff89de74d5" FOREIGN KEY ("team_id") REFERENCES "work_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_team_member" ADD CONSTRAINT "FK_8d6b71c616015f447edd1a13c98" FOREIGN KEY ("cadre_id") REFERENCES "cadre"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "work_team_member" DROP CONSTRAINT "FK_8d6b71c616015f447edd1a13c98"`);
    await queryRunner.query(`ALTER TABLE "work_team_member" DROP CONSTRAINT "FK_2566c0cc8332bb9c0ff89de74d5"`);
    await queryRunner.query(`ALTER TABLE "work_team" DROP CONSTRAINT "FK_6ac7d15edb7637030fb9d764e04"`);
    await queryRunner.query(`ALTER TABLE "work_team" DROP CONSTRAINT "FK_a203a2f75fa415646d43a845387"`);
    await queryRunner.query(`ALTER TABLE "work_team" DROP CONSTRAINT "FK_1162db2390168dbda8d5df8b036"`);
    await queryRunner.query(`ALTER TABLE "first_secretary" DROP CONSTRAINT "FK_65564fe0e24ae92763e357dbb7e"`);
    await queryRunner.query(`ALTER TABLE "first_secretary" DROP CONSTRAINT "FK_0c969bc8a9cbccbd8f4333a2beb"`);
    await queryRunner.query(`ALTER TABLE "first_secretary" DROP CONSTRAINT "FK_d254e5180cf61abac7350f4cda8"`);
    await queryRunner.query(`ALTER TABLE "cadre" DROP CONSTRAINT "FK_0338dc244c8ed1f8e668703664d"`);
    await queryRunner.query(
      `CREATE TYPE "public"."dataset_old" AS ENUM('PLACES', 'PROJECTS', 'FUNDS', 'MONITORING', 'INDUSTRY')`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ALTER COLUMN "datasets" TYPE "public"."dataset_old"[] USING "datasets"::"text"::"public"."dataset_old"[]`,
    );
    await queryRunner.query(`DROP TYPE "public"."dataset"`);
    await queryRunner.query(`ALTER TYPE "public"."dataset_old" RENAME TO "dataset"`);
    await queryRunner.query(`DROP INDEX "public"."work_team_member_cadre_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."work_team_member_team_idx"`);
    await queryRunner.query(`DROP TABLE "work_team_member"`);
    await queryRunner.query(`DROP TYPE "public"."team_role"`);
    await queryRunner.query(`DROP INDEX "public"."work_team_village_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."work_team_town_idx"`);
    await queryRunner.query(`DROP TABLE "work_team"`);
    await queryRunner.query(`DROP INDEX "public"."first_secretary_village_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."first_secretary_cadre_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."first_secretary_town_idx"`);
    await queryRunner.query(`DROP TABLE "first_secretary"`);
    await queryRunner.query(`DROP TYPE "public"."term_end_reason"`);
    await queryRunner.query(`DROP INDEX "public"."cadre_unit_idx"`);
    await queryRunner.query(`DROP TABLE "cadre"`);
    await queryRunner.query(`DROP INDEX "public"."dispatching_unit_name_key"`);
    await queryRunner.query(`DROP TABLE "dispatching_unit"`);
    await queryRunner.query(`DROP TYPE "public"."unit_kind"`);
  }
}
