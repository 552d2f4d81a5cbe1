import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { ConflictError, type FieldError, NotFoundError, UserInputError } from '../../common/errors';
import {
  ID_NUMBER_MESSAGES,
  idNumberFacts,
  idNumberProblem,
  maskIdNumber,
  normalizeIdNumber,
} from '../../common/id-number';
import { isUuid } from '../../common/ids';
import { maskPhone, revealPurpose } from '../../common/masking';
import { divideFen, fenToMoney, moneyToFen } from '../../common/money';
import { type PageRequest, paginate, type SortKey } from '../../common/pagination';
import type { PiiCipher } from '../../common/pii';
import { escapeLike, inTransaction } from '../../common/sql';
import { updateVersioned } from '../../common/versioned';
import type { TownScope } from '../../common/viewer';
import { type AuditService, snapshot } from '../audit/audit.service';
import { VillageEntity } from '../place/place.entity';
import './monitoring.constraints';
import { HouseholdEntity, HouseholdYearEntity, PersonEntity } from './household.entity';
import { Education, Gender, HealthStatus, OPEN_CASE_STATUSES, Relation } from './monitoring.enums';
import {
  type CreateHouseholdInput,
  type HouseholdFilter,
  type HouseholdSort,
  HouseholdSortField,
  type HouseholdYearInput,
  type PersonInput,
  type UpdateHouseholdInput,
  type UpdatePersonInput,
} from './monitoring.inputs';

const SORT_KEYS: Record<HouseholdSortField, SortKey<HouseholdEntity>> = {
  CODE: { expression: 'h.code', value: (h) => h.code },
  HEAD_NAME: { expression: 'h.head_name', value: (h) => h.headName },
  UPDATED_AT: { expression: 'h.updated_at', value: (h) => h.updatedAt.toISOString() },
};

/** Audit snapshots never carry the sealed values or the lookup hash. */
const PERSON_SECRET_COLUMNS = ['idNumberSealed', 'idNumberHash'] as const;
const HOUSEHOLD_SECRET_COLUMNS = ['phoneSealed'] as const;

/** A full, valid ID number, normalized; otherwise an input error at `field`. */
export function validIdNumber(raw: string, field = 'idNumber'): string {
  const id = normalizeIdNumber(raw);
  const problem = idNumberProblem(id);
  if (problem) throw UserInputError.field(field, ID_NUMBER_MESSAGES[problem]);
  return id;
}

/** Rules across a person's fields (a pre-school child is not a migrant worker). */
function checkPersonRules(p: { relation: Relation; education: Education; birthDate: string }, field: string) {
  const errors: FieldError[] = [];
  const age = Number(bureauToday().slice(0, 4)) - Number(p.birthDate.slice(0, 4));
  if (p.relation === Relation.HEAD && age < 16) {
    errors.push({ field: `${field}.relation`, message: '户主应年满 16 周岁' });
  }
  if (p.education === Education.PRESCHOOL && age > 7) {
    errors.push({ field: `${field}.education`, message: '学龄前仅适用于 7 岁以下' });
  }
  if (errors.length) throw new UserInputError(errors.map((e) => e.message).join('；'), errors);
}

/** The household register: households, their members and yearly figures, within the viewer's towns. */
export class HouseholdService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: TownScope,
    private readonly audit: AuditService,
    private readonly pii: PiiCipher,
  ) {}

  list(filter: HouseholdFilter | undefined, sort: HouseholdSort | undefined, page: PageRequest) {
    const qb = this.scope.apply(this.dataSource.getRepository(HouseholdEntity).createQueryBuilder('h'), 'h.town_code');
    if (filter?.townCode) qb.andWhere('h.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.villageCode) qb.andWhere('h.village_code = :villageCode', { villageCode: filter.villageCode });
    if (filter?.category) qb.andWhere('h.category = :category', { category: filter.category });
    if (filter?.relocated != null) qb.andWhere('h.relocated = :relocated', { relocated: filter.relocated });
    if (filter?.monitored != null) {
      qb.andWhere(
        `${filter.monitored ? '' : 'NOT '}EXISTS (SELECT 1 FROM monitoring_case c WHERE c.household_id = h.id AND c.status = ANY(:openStatuses))`,
        { openStatuses: [...OPEN_CASE_STATUSES] },
      );
    }
    if (filter?.caseType || filter?.caseYear != null) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM monitoring_case c WHERE c.household_id = h.id
           AND (CAST(:caseType AS monitoring_type) IS NULL OR c.type = :caseType)
           AND (CAST(:caseYear AS int) IS NULL OR c.opened_on BETWEEN make_date(:caseYear, 1, 1) AND make_date(:caseYear, 12, 31)))`,
        { caseType: filter.caseType ?? null, caseYear: filter.caseYear ?? null },
      );
    }
    if (filter?.idNumber) {
      // Only a whole, valid number: a partial number would let anyone enumerate the register.
      const hash = this.pii.lookupHash(validIdNumber(filter.idNumber));
      qb.andWhere('h.id = (SELECT p.household_id FROM person p WHERE p.id_number_hash = :hash)', { hash });
    }
    if (filter?.search?.trim()) {
      const s = filter.search.trim();
      qb.andWhere(
        `(h.head_name ILIKE :s ESCAPE '\\' OR h.code = :code OR EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.name ILIKE :s ESCAPE '\\'))`,
        { s: `%${escapeLike(s)}%`, code: s },
      );
    }
    return paginate(qb, page, {
      sort: [SORT_KEYS[sort?.field ?? HouseholdSortField.CODE]],
      idColumn: 'h.id',
      idValue: (h) => h.id,
      direction: sort?.direction ?? 'ASC',
    });
  }

  /** Inside `manager`'s transaction when given (an import), else in a transaction of its own. */
  create(input: CreateHouseholdInput, outer?: EntityManager): Promise<HouseholdEntity> {
    return inTransaction(this.dataSource, outer, async (manager) => {
      if (input.head.relation !== Relation.HEAD) {
        throw UserInputError.field('head.relation', '新建农户时登记的第一位成员须为户主');
      }
      const village = await manager.getRepository(VillageEntity).findOneBy({ code: input.villageCode });
      if (!village) throw UserInputError.field('villageCode', `村（社区）代码不存在：${input.villageCode}`);
      if (!this.scope.includes(village.townCode))
        throw UserInputError.field('villageCode', '只能在本镇办范围内登记农户');
      const person = await this.personRow(manager, input.head, 'head');
      // The next number in the village, under a lock on the village so two clerks do not take the same one.
      await manager.query('SELECT 1 FROM village WHERE code = $1 FOR UPDATE', [village.code]);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(substring(code from 13)::int), 0) + 1 AS next FROM household WHERE village_code = $1`,
        [village.code],
      );
      const phone = input.phone ? input.phone.trim() : null;
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(HouseholdEntity)
        .values({
          code: `${village.code}${String(next).padStart(4, '0')}`,
          townCode: village.townCode,
          villageCode: village.code,
          groupName: input.groupName?.trim() ?? '',
          address: input.address?.trim() ?? '',
          category: input.category,
          relocated: input.relocated ?? false,
          phoneSealed: phone ? this.pii.seal(phone) : null,
          phoneMasked: phone ? maskPhone(phone) : null,
          headName: person.name,
          memberCount: 1,
        })
        .returning('id')
        .execute();
      const id = inserted.identifiers[0].id as string;
      await manager.insert(PersonEntity, { ...person, householdId: id });
      const household = await manager.getRepository(HouseholdEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'household.create',
          entityType: 'household',
          entityId: id,
          townCode: household.townCode,
          after: { ...snapshot(household, HOUSEHOLD_SECRET_COLUMNS), head: snapshot(person, PERSON_SECRET_COLUMNS) },
        },
        manager,
      );
      return household;
    });
  }

  update(id: string, input: UpdateHouseholdInput, outer?: EntityManager): Promise<HouseholdEntity> {
    return inTransaction(this.dataSource, outer, async (manager) => {
      const current = await this.lockedHousehold(manager, id, input.version);
      const changes: Partial<HouseholdEntity> = {};
      if (input.groupName !== undefined) changes.groupName = input.groupName?.trim() ?? '';
      if (input.address !== undefined) changes.address = input.address?.trim() ?? '';
      if (input.category != null) changes.category = input.category;
      if (input.relocated != null) changes.relocated = input.relocated;
      if (input.phone !== undefined) {
        const phone = input.phone?.trim() || null;
        changes.phoneSealed = phone ? this.pii.seal(phone) : null;
        changes.phoneMasked = phone ? maskPhone(phone) : null;
      }
      await updateVersioned(manager, HouseholdEntity, id, input.version, changes, '农户');
      const household = await manager.getRepository(HouseholdEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'household.update',
          entityType: 'household',
          entityId: id,
          townCode: household.townCode,
          before: snapshot(current, HOUSEHOLD_SECRET_COLUMNS),
          after: snapshot(household, HOUSEHOLD_SECRET_COLUMNS),
        },
        manager,
      );
      return household;
    });
  }

  addPerson(householdId: string, input: PersonInput, outer?: EntityManager): Promise<PersonEntity> {
    return inTransaction(this.dataSource, outer, async (manager) => {
      const household = await this.lockedHousehold(manager, householdId);
      if (input.relation === Relation.HEAD) {
        throw UserInputError.field('relation', '该户已有户主；更换户主请修改成员的与户主关系');
      }
      const person = await this.personRow(manager, input, 'input');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(PersonEntity)
        .values({ ...person, householdId })
        .returning('id')
        .execute();
      const id = inserted.identifiers[0].id as string;
      await this.syncHousehold(manager, householdId);
      const saved = await manager.getRepository(PersonEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'person.create',
          entityType: 'person',
          entityId: id,
          townCode: household.townCode,
          after: snapshot(saved, PERSON_SECRET_COLUMNS),
          details: { householdId },
        },
        manager,
      );
      return saved;
    });
  }

  updatePerson(id: string, input: UpdatePersonInput, outer?: EntityManager): Promise<PersonEntity> {
    return inTransaction(this.dataSource, outer, async (manager) => {
      if (!isUuid(id)) throw new NotFoundError('家庭成员', id);
      const current = await manager
        .getRepository(PersonEntity)
        .createQueryBuilder('p')
        .where('p.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!current) throw new NotFoundError('家庭成员', id);
      const household = await this.lockedHousehold(manager, current.householdId);
      if (current.version !== input.version) throw ConflictError.stale('家庭成员');
      const changes: Partial<PersonEntity> = {};
      for (const key of [
        'relation',
        'health',
        'education',
        'labourSkill',
        'workStatus',
        'medicalInsured',
        'pensionInsured',
        'familyDoctor',
      ] as const) {
        if (input[key] != null) (changes as Record<string, unknown>)[key] = input[key];
      }
      if (input.name != null) changes.name = input.name.trim();
      if (input.workPlace != null) changes.workPlace = input.workPlace.trim();
      if (input.idNumber != null) Object.assign(changes, await this.idColumns(manager, input.idNumber, 'idNumber', id));
      const merged = { ...current, ...changes };
      checkPersonRules(merged, 'input');
      if (changes.relation === Relation.HEAD && current.relation !== Relation.HEAD) {
        // One head per household: the old head becomes "other" until the clerk says what they are.
        await manager.update(
          PersonEntity,
          { householdId: current.householdId, relation: Relation.HEAD },
          {
            relation: Relation.OTHER,
            version: () => 'version + 1',
          },
        );
      } else if (current.relation === Relation.HEAD && changes.relation && changes.relation !== Relation.HEAD) {
        throw UserInputError.field('relation', '请把另一位成员设为户主，不能让该户没有户主');
      }
      await updateVersioned(manager, PersonEntity, id, input.version, changes, '家庭成员');
      await this.syncHousehold(manager, current.householdId);
      const saved = await manager.getRepository(PersonEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'person.update',
          entityType: 'person',
          entityId: id,
          townCode: household.townCode,
          before: snapshot(current, PERSON_SECRET_COLUMNS),
          after: snapshot(saved, PERSON_SECRET_COLUMNS),
          details: { householdId: current.householdId, idNumberChanged: input.idNumber != null },
        },
        manager,
      );
      return saved;
    });
  }

  /** Records (or, with its version, corrects) one year's figures; net income per person is computed here. */
  recordYear(input: HouseholdYearInput): Promise<HouseholdYearEntity> {
    return this.dataSource.transaction(async (manager) => {
      const household = await this.lockedHousehold(manager, input.householdId);
      if (input.year > Number(bureauToday().slice(0, 4))) throw UserInputError.field('year', '不能登记未来年度的收入');
      const amounts = {
        wageIncome: input.wageIncome,
        operatingIncome: input.operatingIncome,
        propertyIncome: input.propertyIncome,
        transferIncome: input.transferIncome,
        compliantExpenses: input.compliantExpenses,
      };
      const negative = Object.entries(amounts)
        .filter(([, v]) => moneyToFen(v) < 0n)
        .map(([field]) => ({ field, message: '金额不能为负数' }));
      if (negative.length) throw new UserInputError('收入和支出不能为负数', negative);
      const memberCount = input.memberCount ?? household.memberCount;
      if (memberCount < 1) throw UserInputError.field('memberCount', '人口至少为 1');
      const row = {
        householdId: input.householdId,
        year: input.year,
        ...amounts,
        memberCount,
        netIncomePerPerson: netIncomePerPerson(amounts, memberCount),
        foodClothingSecure: input.foodClothingSecure,
        educationSecure: input.educationSecure,
        medicalSecure: input.medicalSecure,
        housingSecure: input.housingSecure,
        waterSecure: input.waterSecure,
      };
      const repo = manager.getRepository(HouseholdYearEntity);
      const current = await repo
        .createQueryBuilder('y')
        .where('y.household_id = :h AND y.year = :year', { h: input.householdId, year: input.year })
        .setLock('pessimistic_write')
        .getOne();
      if (current) {
        if (input.version == null) {
          throw new ConflictError(`${input.year} 年度已登记；更正请带上版本号`, 'DUPLICATE', {
            fields: [{ field: 'year', message: '该年度已登记' }],
          });
        }
        if (input.version !== current.version) throw ConflictError.stale('年度收入');
        await manager
          .createQueryBuilder()
          .update(HouseholdYearEntity)
          .set({ ...row, version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('household_id = :h AND year = :year', { h: input.householdId, year: input.year })
          .execute();
      } else {
        await manager.insert(HouseholdYearEntity, row);
      }
      const saved = await repo.findOneByOrFail({ householdId: input.householdId, year: input.year });
      await this.audit.record(
        {
          action: current ? 'household_year.update' : 'household_year.create',
          entityType: 'household',
          entityId: input.householdId,
          townCode: household.townCode,
          before: current ? snapshot(current) : null,
          after: snapshot(saved),
        },
        manager,
      );
      return saved;
    });
  }

  /** The ID number in clear, for one person, with a stated purpose; every reveal is audited. */
  async revealIdNumber(personId: string, purpose: string): Promise<string> {
    const reason = revealPurpose(purpose);
    const person = isUuid(personId)
      ? await this.dataSource.getRepository(PersonEntity).findOneBy({ id: personId })
      : null;
    const household = person
      ? await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id: person.householdId })
      : null;
    if (!person || !household || !this.scope.includes(household.townCode))
      throw new NotFoundError('家庭成员', personId);
    await this.audit.record({
      action: 'pii.reveal',
      entityType: 'person',
      entityId: personId,
      townCode: household.townCode,
      details: { field: 'idNumber', purpose: reason, on: bureauToday() },
    });
    return this.pii.open(person.idNumberSealed);
  }

  async revealPhone(householdId: string, purpose: string): Promise<string | null> {
    const reason = revealPurpose(purpose);
    const household = isUuid(householdId)
      ? await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id: householdId })
      : null;
    if (!household || !this.scope.includes(household.townCode)) throw new NotFoundError('农户', householdId);
    await this.audit.record({
      action: 'pii.reveal',
      entityType: 'household',
      entityId: householdId,
      townCode: household.townCode,
      details: { field: 'phone', purpose: reason, on: bureauToday() },
    });
    return household.phoneSealed ? this.pii.open(household.phoneSealed) : null;
  }

  /** The person registered under an ID number, with their household, in any town (callers check scope). */
  async personByIdNumber(
    manager: EntityManager,
    idNumber: string,
  ): Promise<{ person: PersonEntity; household: HouseholdEntity } | null> {
    const hash = this.pii.lookupHash(validIdNumber(idNumber));
    const person = await manager.getRepository(PersonEntity).findOneBy({ idNumberHash: hash });
    if (!person) return null;
    const household = await manager.getRepository(HouseholdEntity).findOneByOrFail({ id: person.householdId });
    return { person, household };
  }

  /** Whether a household's stored phone is `phone`: compared here, never handed out unaudited. */
  hasPhone(household: HouseholdEntity, phone: string | null): boolean {
    const stored = household.phoneSealed ? this.pii.open(household.phoneSealed) : null;
    return (stored ?? null) === (phone?.trim() || null);
  }

  inScope(townCode: string): boolean {
    return this.scope.includes(townCode);
  }

  /** Locks a household in scope (and checks its version when given). */
  async lockedHousehold(manager: EntityManager, id: string, version?: number): Promise<HouseholdEntity> {
    if (!isUuid(id)) throw new NotFoundError('农户', id);
    const current = await manager
      .getRepository(HouseholdEntity)
      .createQueryBuilder('h')
      .where('h.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!current || !this.scope.includes(current.townCode)) throw new NotFoundError('农户', id);
    if (version !== undefined && current.version !== version) throw ConflictError.stale('农户');
    return current;
  }

  private async personRow(manager: EntityManager, input: PersonInput, field: string) {
    const id = await this.idColumns(manager, input.idNumber, `${field}.idNumber`);
    const row = {
      name: input.name.trim(),
      ...id,
      relation: input.relation,
      health: input.health ?? HealthStatus.HEALTHY,
      education: input.education,
      labourSkill: input.labourSkill,
      workStatus: input.workStatus,
      workPlace: input.workPlace?.trim() ?? '',
      medicalInsured: input.medicalInsured ?? true,
      pensionInsured: input.pensionInsured ?? false,
      familyDoctor: input.familyDoctor ?? false,
    };
    checkPersonRules(row, field);
    return row;
  }

  /** Sealed, hashed and masked forms of an ID number; refuses one already registered (to someone else). */
  private async idColumns(manager: EntityManager, raw: string, field: string, self?: string) {
    const id = validIdNumber(raw, field);
    const hash = this.pii.lookupHash(id);
    const [holder] = await manager.query('SELECT p.id FROM person p WHERE p.id_number_hash = $1', [hash]);
    if (holder && holder.id !== self) {
      throw new ConflictError('该身份证号已登记，同一人不能重复登记', 'DUPLICATE', {
        fields: [{ field, message: '该身份证号已登记' }],
      });
    }
    const facts = idNumberFacts(id);
    return {
      idNumberSealed: this.pii.seal(id),
      idNumberHash: hash,
      idNumberMasked: maskIdNumber(id),
      birthDate: facts.birthDate,
      gender: facts.gender as Gender,
    };
  }

  /** Keeps the household's head name and member count equal to its persons. */
  private async syncHousehold(manager: EntityManager, householdId: string) {
    await manager.query(
      `UPDATE household h SET
         member_count = (SELECT count(*) FROM person p WHERE p.household_id = h.id),
         head_name = coalesce((SELECT p.name FROM person p WHERE p.household_id = h.id AND p.relation = 'HEAD' LIMIT 1), h.head_name),
         version = version + 1, updated_at = now()
       WHERE h.id = $1`,
      [householdId],
    );
  }
}

/** (收入合计 − 合规支出) ÷ 人口, rounded half up to the fen, in exact integer arithmetic. */
export function netIncomePerPerson(
  amounts: {
    wageIncome: string;
    operatingIncome: string;
    propertyIncome: string;
    transferIncome: string;
    compliantExpenses: string;
  },
  memberCount: number,
): string {
  const net =
    moneyToFen(amounts.wageIncome) +
    moneyToFen(amounts.operatingIncome) +
    moneyToFen(amounts.propertyIncome) +
    moneyToFen(amounts.transferIncome) -
    moneyToFen(amounts.compliantExpenses);
  return fenToMoney(divideFen(net, memberCount));
}
