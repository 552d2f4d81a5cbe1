import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795921596208 implements MigrationInterface {
  name = 'Initial1795921596208';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "district" ("code" character varying(6) NOT NULL, "name" character varying(50) NOT NULL, "city" character varying(50) NOT NULL, "province" character varying(50) NOT NULL, CONSTRAINT "PK_fbfe5cb0d22c2be8c9a9fff5b6b" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "town" ("code" character varying(9) NOT NULL, "district_code" character varying(6) NOT NULL, "name" character varying(50) NOT NULL, CONSTRAINT "PK_a4a260f7cb5ee77007e3e7225c9" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."village_category" AS ENUM('FORMER_POVERTY', 'RELOCATION_COMMUNITY', 'DEMONSTRATION', 'WEAK_PARTY_ORG', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "village" ("code" character varying(12) NOT NULL, "town_code" character varying(9) NOT NULL, "name" character varying(100) NOT NULL, "categories" "public"."village_category" array NOT NULL DEFAULT '{}', CONSTRAINT "PK_5cfe74f5bc17597affae5aab279" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "village_town_idx" ON "village"  ("town_code") `);
    await queryRunner.query(
      `CREATE TYPE "public"."project_category" AS ENUM('INDUSTRY', 'INFRASTRUCTURE', 'PUBLIC_SERVICE', 'EMPLOYMENT', 'RELOCATION_SUPPORT', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."industry" AS ENUM('LIVESTOCK', 'TEA', 'WALNUT', 'VEGETABLE', 'KONJAC', 'SERICULTURE', 'TOBACCO', 'HERBAL_MEDICINE')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."construction_type" AS ENUM('NEW', 'EXPANSION')`);
    await queryRunner.query(
      `CREATE TYPE "public"."project_status" AS ENUM('RESERVED', 'APPROVED', 'STARTED', 'COMPLETED', 'ACCEPTED', 'HANDED_OVER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "year" smallint NOT NULL, "category" "public"."project_category" NOT NULL, "industry" "public"."industry", "construction_type" "public"."construction_type" NOT NULL, "status" "public"."project_status" NOT NULL DEFAULT 'RESERVED', "town_code" character varying(9) NOT NULL, "village_code" character varying(12), "responsible_unit" character varying(100) NOT NULL, "tasks" character varying(2000) NOT NULL DEFAULT '', "planned_start" date, "planned_end" date, "approval_doc_no" character varying(100), "beneficiary_households" integer NOT NULL DEFAULT '0', "beneficiary_persons" integer NOT NULL DEFAULT '0', "lifted_households" integer NOT NULL DEFAULT '0', "lifted_persons" integer NOT NULL DEFAULT '0', "benefit_mechanism" character varying(1000) NOT NULL DEFAULT '', "allocated_amount" numeric(18,2) NOT NULL DEFAULT '0', "disbursed_amount" numeric(18,2) NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "project_schedule_check" CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start), CONSTRAINT "project_beneficiaries_check" CHECK (beneficiary_households >= 0 AND beneficiary_persons >= 0 AND lifted_households >= 0 AND lifted_persons >= 0 AND lifted_households <= beneficiary_households AND lifted_persons <= beneficiary_persons), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "project_code_key" ON "project"  ("code") `);
    await queryRunner.query(`CREATE INDEX "project_village_idx" ON "project"  ("village_code") `);
    await queryRunner.query(`CREATE INDEX "project_year_town_idx" ON "project"  ("year", "town_code") `);
    await queryRunner.query(
      `CREATE TABLE "project_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "from_status" "public"."project_status", "to_status" "public"."project_status" NOT NULL, "effective_on" date NOT NULL, "note" character varying(500) NOT NULL DEFAULT '', "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ccdff3f7ffb7251761b6cc29ef0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "project_status_change_project_idx" ON "project_status_change"  ("project_id", "changed_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."target_level" AS ENUM('OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST')`);
    await queryRunner.query(`CREATE TYPE "public"."target_operator" AS ENUM('GTE', 'LTE', 'EQ')`);
    await queryRunner.query(
      `CREATE TABLE "performance_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "level" "public"."target_level" NOT NULL, "sub_level" character varying(50) NOT NULL, "indicator" character varying(100) NOT NULL, "operator" "public"."target_operator" NOT NULL, "target_value" numeric(18,4) NOT NULL, "unit" character varying(20) NOT NULL, "actual_value" numeric(18,4), "score" numeric(6,2), "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_770d2eb1a810d08764f6561e811" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "performance_target_project_idx" ON "performance_target"  ("project_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."fund_category" AS ENUM('BRIDGING', 'OTHER_INTEGRATED', 'EAST_WEST')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."fund_level" AS ENUM('CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "fund_source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "year" smallint NOT NULL, "category" "public"."fund_category" NOT NULL, "level" "public"."fund_level" NOT NULL, "document_no" character varying(100), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c097f306217a5fadcd2b5de1e1e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "fund_source_code_key" ON "fund_source"  ("code") `);
    await queryRunner.query(`CREATE INDEX "fund_source_year_idx" ON "fund_source"  ("year", "category") `);
    await queryRunner.query(
      `CREATE TABLE "fund_allocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "fund_source_id" uuid NOT NULL, "amount" numeric(18,2) NOT NULL, "disbursed_amount" numeric(18,2) NOT NULL DEFAULT '0', "allocated_on" date NOT NULL, "document_no" character varying(100), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "fund_allocation_project_source_key" UNIQUE ("project_id", "fund_source_id"), CONSTRAINT "fund_allocation_disbursed_check" CHECK (disbursed_amount >= 0 AND disbursed_amount <= amount), CONSTRAINT "fund_allocation_amount_check" CHECK (amount > 0), CONSTRAINT "PK_19778154c029ebb62d81055a4e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "fund_allocation_source_idx" ON "fund_allocation"  ("fund_source_id") `);
    await queryRunner.query(
      `CREATE TABLE "disbursement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "allocation_id" uuid NOT NULL, "paid_on" date NOT NULL, "amount" numeric(18,2) NOT NULL, "voucher_no" character varying(64) NOT NULL, "payee" character varying(100) NOT NULL DEFAULT '', "note" character varying(500) NOT NULL DEFAULT '', "reverses_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "disbursement_reversal_sign_check" CHECK ((reverses_id IS NULL) = (amount > 0)), CONSTRAINT "disbursement_amount_check" CHECK (amount <> 0), CONSTRAINT "PK_463ed35f32b733386261ab7d7fa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "disbursement_voucher_no_key" ON "disbursement"  ("voucher_no") `);
    await queryRunner.query(`CREATE INDEX "disbursement_reverses_idx" ON "disbursement"  ("reverses_id") `);
    await queryRunner.query(`CREATE INDEX "disbursement_paid_on_idx" ON "disbursement"  ("paid_on") `);
    await queryRunner.query(
      `CREATE INDEX "disbursement_allocation_idx" ON "disbursement"  ("allocation_id", "paid_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "seed_run" ("name" character varying(50) NOT NULL, "description" character varying(500) NOT NULL, "seeded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59a6e9cf76f8ea3c01e2d992f0c" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "town" ADD CONSTRAINT "FK_eaa6f31b443128aa58b67a2d452" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "village" ADD CONSTRAINT "FK_452f9170bc17178df85f9affcff" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_a1d1022170be80c325fdd80f50b" FOREIGN KEY ("town_code") REFERENCES "town"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_67c8e97a0a18d1e1c3141974f28" FOREIGN KEY ("village_code") REFERENCES "village"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_status_change" ADD CONSTRAINT "FK_893fb0ff28f5cecc77e031010de" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "performance_target" ADD CONSTRAINT "FK_770acedff05073d209c4f638bf1" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fund_allocation" ADD CONSTRAINT "FK_4e33ced71ffc98d5b0724d37549" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fund_allocation" ADD CONSTRAINT "FK_04a1937a1f746fb637257d4dcd7" FOREIGN KEY ("fund_source_id") REFERENCES "fund_source"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "FK_af4a428955befa8f64108d8ce05" FOREIGN KEY ("allocation_id") REFERENCES "fund_allocation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursement" ADD CONSTRAINT "FK_65afddda0f5c59c1ad622fc29a2" FOREIGN KEY ("reverses_id") REFERENCES "disbursement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "FK_65afddda0f5c59c1ad622fc29a2"`);
    await queryRunner.query(`ALTER TABLE "disbursement" DROP CONSTRAINT "FK_af4a428955befa8f64108d8ce05"`);
    await queryRunner.query(`ALTER TABLE "fund_allocation" DROP CONSTRAINT "FK_04a1937a1f746fb637257d4dcd7"`);
    await queryRunner.query(`ALTER TABLE "fund_allocation" DROP CONSTRAINT "FK_4e33ced71ffc98d5b0724d37549"`);
    await queryRunner.query(`ALTER TABLE "performance_target" DROP CONSTRAINT "FK_770acedff05073d209c4f638bf1"`);
    await queryRunner.query(`ALTER TABLE "project_status_change" DROP CONSTRAINT "FK_893fb0ff28f5cecc77e031010de"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_67c8e97a0a18d1e1c3141974f28"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_a1d1022170be80c325fdd80f50b"`);
    await queryRunner.query(`ALTER TABLE "village" DROP CONSTRAINT "FK_452f9170bc17178df85f9affcff"`);
    await queryRunner.query(`ALTER TABLE "town" DROP CONSTRAINT "FK_eaa6f31b443128aa58b67a2d452"`);
    await queryRunner.query(`DROP TABLE "seed_run"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_allocation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_paid_on_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_reverses_idx"`);
    await queryRunner.query(`DROP INDEX "public"."disbursement_voucher_no_key"`);
    await queryRunner.query(`DROP TABLE "disbursement"`);
    await queryRunner.query(`DROP INDEX "public"."fund_allocation_source_idx"`);
    await queryRunner.query(`DROP TABLE "fund_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."fund_source_year_idx"`);
    await queryRunner.query(`DROP INDEX "public"."fund_source_code_key"`);
    await queryRunner.query(`DROP TABLE "fund_source"`);
    await queryRunner.query(`DROP TYPE "public"."fund_level"`);
    await queryRunner.query(`DROP TYPE "public"."fund_category"`);
    await queryRunner.query(`DROP INDEX "public"."performance_target_project_idx"`);
    await queryRunner.query(`DROP TABLE "performance_target"`);
    await queryRunner.query(`DROP TYPE "public"."target_operator"`);
    await queryRunner.query(`DROP TYPE "public"."target_level"`);
    await queryRunner.query(`DROP INDEX "public"."project_status_change_project_idx"`);
    await queryRunner.query(`DROP TABLE "project_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."project_year_town_idx"`);
    await queryRunner.query(`DROP INDEX "public"."project_village_idx"`);
    await queryRunner.query(`DROP INDEX "public"."project_code_key"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP TYPE "public"."project_status"`);
    await queryRunner.query(`DROP TYPE "public"."construction_type"`);
    await queryRunner.query(`DROP TYPE "public"."industry"`);
    await queryRunner.query(`DROP TYPE "public"."project_category"`);
    await queryRunner.query(`DROP INDEX "public"."village_town_idx"`);
    await queryRunner.query(`DROP TABLE "village"`);
    await queryRunner.query(`DROP TYPE "public"."village_category"`);
    await queryRunner.query(`DROP TABLE "town"`);
    await queryRunner.query(`DROP TABLE "district"`);
  }
}
