import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Industry1795935926094 implements MigrationInterface {
  name = 'Industry1795935926094';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."park_level" AS ENUM('NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT')`);
    await queryRunner.query(
      `CREATE TYPE "public"."operator_kind" AS ENUM('ENTERPRISE', 'COOPERATIVE', 'FAMILY_FARM', 'VILLAGE_COLLECTIVE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "industrial_park" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "name" character varying(100) NOT NULL, "level" "public"."park_level" NOT NULL, "industry" "public"."industry" NOT NULL, "operator_name" character varying(100) NOT NULL, "operator_kind" "public"."operator_kind" NOT NULL, "town_code" character varying(9) NOT NULL, "area_mu" numeric(12,2) NOT NULL, "investment" numeric(18,2) NOT NULL, "jobs" integer NOT NULL, "established_year" smallint NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "industrial_park_amounts_check" CHECK (area_mu >= 0 AND investment >= 0 AND jobs >= 0), CONSTRAINT "PK_5d2f14969a4d646e8424960e787" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "industrial_park_code_key" ON "industrial_park"  ("code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "industrial_park_name_key" ON "industrial_park"  ("name") `);
    await queryRunner.query(`CREATE INDEX "industrial_park_town_idx" ON "industrial_park"  ("town_code", "industry") `);
    await queryRunner.query(
      `CREATE TABLE "park_village" ("park_id" uuid NOT NULL, "village_code" character varying(12) NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_1e93d06ad7e060290a091f9c81e" PRIMARY KEY ("park_id", "village_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "park_village_village_idx" ON "park_village"  ("village_code") `);
    await queryRunner.query(
      `CREATE TABLE "park_year" ("park_id" uuid NOT NULL, "year" smallint NOT NULL, "output_value" numeric(18,2) NOT NULL, "dividends" numeric(18,2) NOT NULL, "lifted_jobs" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "park_year_amounts_check" CHECK (output_value >= 0 AND dividends >= 0 AND lifted_jobs >= 0), CONSTRAINT "PK_c7d8ac993c9482f864124e7e516" PRIMARY KEY ("park_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."benefit_link_mode" AS ENUM('ASSET_INCOME', 'LAND_TRANSFER', 'EQUITY_SHARE', 'EMPLOYMENT', 'CONSIGNMENT_SALES', 'PRODUCTION_TRUSTEESHIP')`,
    );
    await queryRunner.query(
      `CREATE TABLE "benefit_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "park_id" uuid NOT NULL, "household_id" uuid NOT NULL, "mode" "public"."benefit_link_mode" NOT NULL, "year" smallint NOT NULL, "income_gained" numeric(18,2) NOT NULL, "note" character varying(200) NOT NULL DEFAULT '', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "benefit_link_income_check" CHECK (income_gained >= 0), CONSTRAINT "PK_606db76616a99473e83cb1463aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "benefit_link_household_idx" ON "benefit_link"  ("household_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "benefit_link_key" ON "benefit_link"  ("park_id", "household_id", "mode", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_enterprise" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "origin" character varying(50) NOT NULL, "sector" character varying(50) NOT NULL, "settled_year" smallint NOT NULL, "jobs" integer NOT NULL, "lifted_jobs" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partner_enterprise_jobs_check" CHECK (jobs >= 0 AND lifted_jobs >= 0 AND lifted_jobs <= jobs), CONSTRAINT "PK_d8905671414fde878cf4c67937e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "partner_enterprise_name_key" ON "partner_enterprise"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "enterprise_investment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "year" smallint NOT NULL, "amount" numeric(18,2) NOT NULL, "park_id" uuid, "project_id" uuid, "description" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "enterprise_investment_target_check" CHECK (park_id IS NULL OR project_id IS NULL), CONSTRAINT "enterprise_investment_amount_check" CHECK (amount > 0), CONSTRAINT "PK_f194cfabcea62b11bc8fc69f5ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "enterprise_investment_enterprise_idx" ON "enterprise_investment"  ("enterprise_id", "year") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."dataset" ADD VALUE 'INDUSTRY'`);
    await queryRunner.query(
      `ALTER TABLE "industrial_park" ADD CONSTRAINT "FK_cce5b9155221fe502b0b23406dd" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "park_village" ADD CONSTRAINT "FK_dbfd14fdbf3bcd3d5faf1b9eff8" FOREIGN KEY ("park_id") REFERENCES "industrial_park"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "park_village" ADD CONSTRAINT "FK_d380ab274ed91a74a565e9bc8dc" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "park_year" ADD CONSTRAINT "FK_0d1441816cb1bb9e19d9c41bcf9" FOREIGN KEY ("park_id") REFERENCES "industrial_park"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_link" ADD CONSTRAINT "FK_633e9985f9b5f186652692f5a44" FOREIGN KEY ("park_id") REFERENCES "industrial_park"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_link" ADD CONSTRAINT "FK_6fd7e1e72861e9308279d00333d" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_investment" ADD CONSTRAINT "FK_6ee3c5b447dd85707b1aa0c0052" FOREIGN KEY ("enterprise_id") REFERENCES "partner_enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_investment" ADD CONSTRAINT "FK_f71cc5f8cae514f28ed29fa3af0" FOREIGN KEY ("park_id") REFERENCES "industrial_park"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_investment" ADD CONSTRAINT "FK_bf45765b090c5ac9ffe34a10b31" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprise_investment" DROP CONSTRAINT "FK_bf45765b090c5ac9ffe34a10b31"`);
    await queryRunner.query(`ALTER TABLE "enterprise_investment" DROP CONSTRAINT "FK_f71cc5f8cae514f28ed29fa3af0"`);
    await queryRunner.query(`ALTER TABLE "enterprise_investment" DROP CONSTRAINT "FK_6ee3c5b447dd85707b1aa0c0052"`);
    await queryRunner.query(`ALTER TABLE "benefit_link" DROP CONSTRAINT "FK_6fd7e1e72861e9308279d00333d"`);
    await queryRunner.query(`ALTER TABLE "benefit_link" DROP CONSTRAINT "FK_633e9985f9b5f186652692f5a44"`);
    await queryRunner.query(`ALTER TABLE "park_year" DROP CONSTRAINT "FK_0d1441816cb1bb9e19d9c41bcf9"`);
    await queryRunner.query(`ALTER TABLE "park_village" DROP CONSTRAINT "FK_d380ab274ed91a74a565e9bc8dc"`);
    await queryRunner.query(`ALTER TABLE "park_village" DROP CONSTRAINT "FK_dbfd14fdbf3bcd3d5faf1b9eff8"`);
    await queryRunner.query(`ALTER TABLE "industrial_park" DROP CONSTRAINT "FK_cce5b9155221fe502b0b23406dd"`);
    await queryRunner.query(`CREATE TYPE "public"."dataset_old" AS ENUM('PLACES', 'PROJECTS', 'FUNDS', 'MONITORING')`);
    await queryRunner.query(
      `ALTER TABLE "api_token" ALTER COLUMN "datasets" TYPE "public"."dataset_old"[] USING "datasets"::"text"::"public"."dataset_old"[]`,
    );
    await queryRunner.query(`DROP TYPE "public"."dataset"`);
    await queryRunner.query(`ALTER TYPE "public"."dataset_old" RENAME TO "dataset"`);
    await queryRunner.query(`DROP INDEX "public"."enterprise_investment_enterprise_idx"`);
    await queryRunner.query(`DROP TABLE "enterprise_investment"`);
    await queryRunner.query(`DROP INDEX "public"."partner_enterprise_name_key"`);
    await queryRunner.query(`DROP TABLE "partner_enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."benefit_link_key"`);
    await queryRunner.query(`DROP INDEX "public"."benefit_link_household_idx"`);
    await queryRunner.query(`DROP TABLE "benefit_link"`);
    await queryRunner.query(`DROP TYPE "public"."benefit_link_mode"`);
    await queryRunner.query(`DROP TABLE "park_year"`);
    await queryRunner.query(`DROP INDEX "public"."park_village_village_idx"`);
    await queryRunner.query(`DROP TABLE "park_village"`);
    await queryRunner.query(`DROP INDEX "public"."industrial_park_town_idx"`);
    await queryRunner.query(`DROP INDEX "public"."industrial_park_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."industrial_park_code_key"`);
    await queryRunner.query(`DROP TABLE "industrial_park"`);
    await queryRunner.query(`DROP TYPE "public"."operator_kind"`);
    await queryRunner.query(`DROP TYPE "public"."park_level"`);
  }
}
