import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ID_NUMBER_MESSAGES, idCheckCharacter, idNumberProblem, maskIdNumber } from '../../common/id-number';
import { issueToken, UNKNOWN_ID, YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import { LAO_CHENG } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { createHousehold, HOUSEHOLD_FIELDS, headInput, newIdNumber, openCase } from '../../test/monitoring-fixtures';
import { Role } from '../identity/identity.enums';

/**
 * The household register: ID numbers checked by GB 11643, sealed at rest and found only by the
 * whole number, masked in every output and revealed one at a time; one person per number; exact
 * yearly figures; every write inside the viewer's towns.
 */
describe('GB 11643 ID numbers', () => {
  // The standard's own examples, and one with the check character X.
  const VALID = ['11010519491231002X', '440524188001010014'];

  it('accepts the standard examples', () => {
    for (const id of VALID) expect(idNumberProblem(id, new Date('2026-01-01')), id).toBeNull();
  });

  it('refuses every single-character change of a valid number', () => {
    let changes = 0;
    for (const id of VALID) {
      for (let i = 0; i < 18; i++) {
        for (const c of i === 17 ? '0123456789X' : '0123456789') {
          if (c === id[i]) continue;
          const changed = `${id.slice(0, i)}${c}${id.slice(i + 1)}`;
          expect(idNumberProblem(changed, new Date('2026-01-01')), changed).not.toBeNull();
          changes++;
        }
      }
    }
    expect(changes).toBe(2 * (17 * 9 + 10));
  });

  it('says what is wrong', () => {
    expect(idNumberProblem('11010519491231002')).toBe('LENGTH');
    expect(idNumberProblem('1101051949123100AX')).toBe('FORMAT');
    expect(idNumberProblem('110105194902300021'.slice(0, 17) + idCheckCharacter('11010519490230002'))).toBe(
      'BIRTH_DATE',
    );
    expect(idNumberProblem('110105194912310021')).toBe('CHECK_DIGIT');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});

describe('the household register', () => {
  let api: TestApi;
  let clerk: Gql & { cookie: string };
  let yinghuClerk: Gql;
  let staff: Gql;
  let household: Awaited<ReturnType<typeof createHousehold>>;
  const headId = newIdNumber('1968-03-02');

  beforeAll(async () => {
    api = await startTestApi();
    clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    yinghuClerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    staff = await api.signInAs(Role.DISTRICT_STAFF);
    household = await createHousehold(clerk, LAO_CHENG.village.code, {
      head: headInput({ name: '张建国', idNumber: headId.toLowerCase(), health: 'CHRONIC_ILLNESS' }),
    });
  });
  afterAll(() => api?.close());

  it('registers a household with its head; the ID number comes back masked, birth year and gender from it', () => {
    expect(household).toMatchObject({
      headName: '张建国',
      memberCount: 1,
      phone: '139****5678',
      town: { code: LAO_CHENG.code },
      village: { code: LAO_CHENG.village.code },
    });
    expect(household.code).toMatch(new RegExp(`^${LAO_CHENG.village.code}\\d{4}$`));
    expect(household.members[0]).toMatchObject({
      name: '张建国',
      idNumber: maskIdNumber(headId),
      birthYear: 1968,
      gender: 'MALE',
      relation: 'HEAD',
      health: 'CHRONIC_ILLNESS',
    });
  });

  it('a database dump shows neither the ID number nor the phone in clear', async () => {
    const rows = await api.ownerQuery(
      `SELECT p.*, h.phone_sealed, h.phone_masked FROM person p JOIN household h ON h.id = p.household_id WHERE h.id = $1`,
      [household.id],
    );
    const dump = JSON.stringify(rows, (_k, v) =>
      v && typeof v === 'object' && v.type === 'Buffer' ? Buffer.from(v.data).toString('latin1') : v,
    );
    expect(dump).not.toContain(headId);
    expect(dump).not.toContain(headId.slice(6, 14) + headId.slice(14, 17));
    expect(dump).not.toContain('13912345678');
    expect(rows[0].id_number_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds a household by the whole ID number (any case of X), never by a part of it', async () => {
    const Q = `query ($f: HouseholdFilter) { households(filter: $f) { totalCount edges { node { id } } } }`;
    const found = await clerk(Q, { f: { idNumber: ` ${headId} ` } });
    expect(found.data?.households.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([household.id]);
    for (const partial of [headId.slice(0, 6), headId.slice(-4), headId.slice(0, 17), maskIdNumber(headId)]) {
      const refused = await clerk(Q, { f: { idNumber: partial } });
      expect(errorFields(expectRefused(refused, 'BAD_USER_INPUT')), partial).toEqual(['idNumber']);
    }
    const byName = await clerk(Q, { f: { search: '张建' } });
    expect(byName.data?.households.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(household.id);
  });

  it('refuses an invalid ID number with the reason, writing nothing', async () => {
    const [{ n: before }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM household');
    const bad = `${headId.slice(0, 17)}${headId[17] === '1' ? '2' : '1'}`;
    const result = await clerk(`mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`, {
      input: { villageCode: LAO_CHENG.village.code, category: 'ORDINARY', head: headInput({ idNumber: bad }) },
    });
    const error = expectRefused(result, 'BAD_USER_INPUT');
    expect(error.message).toBe(ID_NUMBER_MESSAGES.CHECK_DIGIT);
    expect(errorFields(error)).toEqual(['head.idNumber']);
    const [{ n: after }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM household');
    expect(after).toBe(before);
  });

  it('one person per ID number, across households and towns', async () => {
    const ADD = `mutation ($h: ID!, $input: PersonInput!) { addPerson(householdId: $h, input: $input) { id idNumber } }`;
    const spouse = await clerk(ADD, {
      h: household.id,
      input: { ...headInput({ name: '李秀兰', relation: 'SPOUSE', idNumber: newIdNumber('1970-05-06', false) }) },
    });
    expect(spouse.errors).toBeUndefined();
    const twice = await clerk(ADD, {
      h: household.id,
      input: headInput({ name: '张建国', relation: 'SIBLING', idNumber: headId }),
    });
    const error = expectRefused(twice, 'CONFLICT');
    expect(error.extensions?.reason).toBe('DUPLICATE');
    expect(error.message).toBe('该身份证号已登记，同一人不能重复登记');
    const elsewhere = await yinghuClerk(
      `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`,
      { input: { villageCode: YING_HU.village.code, category: 'ORDINARY', head: headInput({ idNumber: headId }) } },
    );
    expect(expectRefused(elsewhere, 'CONFLICT').extensions?.reason).toBe('DUPLICATE');
    const now = await clerk(`query ($id: ID!) { household(id: $id) { memberCount members { name } } }`, {
      id: household.id,
    });
    expect(now.data?.household).toEqual({ memberCount: 2, members: [{ name: '张建国' }, { name: '李秀兰' }] });
  });

  it('reveals an ID number only under pii:reveal, with a purpose, and records it', async () => {
    const REVEAL = `mutation ($id: ID!, $purpose: String!) { revealIdNumber(personId: $id, purpose: $purpose) }`;
    const personId = household.members[0].id;
    expectRefused(await staff(REVEAL, { id: personId, purpose: '核对低保申请材料' }), 'FORBIDDEN');
    expectRefused(await clerk(REVEAL, { id: personId, purpose: '核对低保申请材料' }), 'FORBIDDEN');
    expect(
      errorFields(expectRefused(await api.gql(REVEAL, { id: personId, purpose: '看看' }), 'BAD_USER_INPUT')),
    ).toEqual(['purpose']);
    const revealed = await api.gql(REVEAL, { id: personId, purpose: '核对医保参保信息' });
    expect(revealed.data?.revealIdNumber).toBe(headId);
    const [row] = await api.db.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'pii.reveal' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [personId],
    );
    expect(row.details).toMatchObject({ field: 'idNumber', purpose: '核对医保参保信息' });
    expect(JSON.stringify(row)).not.toContain(headId);
    expectRefused(await api.gql(REVEAL, { id: UNKNOWN_ID, purpose: '核对医保参保信息' }), 'NOT_FOUND');
  });

  it('corrections to a household and a member are audited with before and after; the phone is revealed like an ID number', async () => {
    const current = await clerk(`query ($id: ID!) { household(id: $id) { version members { id version } } }`, {
      id: household.id,
    });
    const h = current.data?.household;
    const updated = await clerk(
      `mutation ($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { relocated phone version } }`,
      { id: household.id, input: { version: h.version, relocated: true, phone: '13600001111' } },
    );
    expect(updated.data?.updateHousehold).toMatchObject({ relocated: true, phone: '136****1111' });
    const stale = await clerk(
      `mutation ($id: ID!, $input: UpdateHouseholdInput!) { updateHousehold(id: $id, input: $input) { version } }`,
      { id: household.id, input: { version: h.version, relocated: false } },
    );
    expect(expectRefused(stale, 'CONFLICT').extensions?.reason).toBe('STALE_VERSION');
    const person = await clerk(
      `mutation ($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { workStatus workPlace version } }`,
      {
        id: h.members[0].id,
        input: { version: h.members[0].version, workStatus: 'MIGRANT', workPlace: '江苏省苏州市' },
      },
    );
    expect(person.data?.updatePerson).toMatchObject({ workStatus: 'MIGRANT', workPlace: '江苏省苏州市' });
    const rows = await api.db.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE action IN ('household.update', 'person.update') AND entity_id = ANY($1) ORDER BY id`,
      [[household.id, h.members[0].id]],
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['household.update', 'person.update']);
    expect(rows[0].before).toMatchObject({ relocated: false, phoneMasked: '139****5678' });
    expect(rows[0].after).toMatchObject({ relocated: true, phoneMasked: '136****1111' });
    expect(rows[1].after).toMatchObject({ workStatus: 'MIGRANT' });
    const phone = await api.gql(
      `mutation ($id: ID!, $p: String!) { revealHouseholdPhone(householdId: $id, purpose: $p) }`,
      {
        id: household.id,
        p: '联系户主核实收入',
      },
    );
    expect(phone.data?.revealHouseholdPhone).toBe('13600001111');
    const [reveal] = await api.db.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'pii.reveal' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [household.id],
    );
    expect(reveal.details).toMatchObject({ field: 'phone', purpose: '联系户主核实收入' });
    expect(JSON.stringify(rows)).not.toContain('13600001111');
  });

  it('computes net income per person exactly and refuses negative amounts', async () => {
    const RECORD = `mutation ($input: HouseholdYearInput!) { recordHouseholdYear(input: $input) { year netIncomePerPerson memberCount version belowLine monitoringLine totalIncome } }`;
    const input = {
      householdId: household.id,
      year: 2021,
      wageIncome: '10000.01',
      operatingIncome: '2000.00',
      propertyIncome: '0.00',
      transferIncome: '1500.50',
      compliantExpenses: '500.00',
      memberCount: 3,
      foodClothingSecure: true,
      educationSecure: true,
      medicalSecure: true,
      housingSecure: true,
      waterSecure: true,
    };
    const result = await clerk(RECORD, { input });
    expect(result.errors).toBeUndefined();
    // (10000.01 + 2000 + 1500.50 − 500) ÷ 3 = 4333.503… → 4333.50
    expect(result.data?.recordHouseholdYear).toMatchObject({
      netIncomePerPerson: '4333.50',
      totalIncome: '13500.51',
      version: 1,
    });
    const negative = await clerk(RECORD, { input: { ...input, year: 2022, wageIncome: '-1.00' } });
    expect(errorFields(expectRefused(negative, 'BAD_USER_INPUT'))).toEqual(['wageIncome']);
    const again = await clerk(RECORD, { input });
    expect(expectRefused(again, 'CONFLICT').extensions?.reason).toBe('DUPLICATE');
    const corrected = await clerk(RECORD, { input: { ...input, wageIncome: '10000.00', version: 1 } });
    expect(corrected.data?.recordHouseholdYear).toMatchObject({ netIncomePerPerson: '4333.50', version: 2 });
    const future = await clerk(RECORD, { input: { ...input, year: 2035 } });
    expect(errorFields(expectRefused(future, 'BAD_USER_INPUT'))).toEqual(['year']);
  });

  it("keeps town clerks to their towns: another town's household does not exist for them", async () => {
    const read = await yinghuClerk(`query ($id: ID!) { household(id: $id) { id } }`, { id: household.id });
    expect(read.data?.household).toBeNull();
    const list = await yinghuClerk(`{ households(first: 100) { edges { node { town { code } } } } }`);
    for (const e of list.data?.households.edges ?? []) expect(e.node.town.code).toBe(YING_HU.code);
    const write = await yinghuClerk(
      `mutation ($h: ID!, $input: PersonInput!) { addPerson(householdId: $h, input: $input) { id } }`,
      { h: household.id, input: headInput({ relation: 'CHILD', idNumber: newIdNumber('2001-01-01') }) },
    );
    expectRefused(write, 'NOT_FOUND');
    const inOther = await yinghuClerk(
      `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`,
      { input: { villageCode: LAO_CHENG.village.code, category: 'ORDINARY', head: headInput() } },
    );
    expect(errorFields(expectRefused(inOther, 'BAD_USER_INPUT'))).toEqual(['villageCode']);
  });

  it('a partner with the monitoring dataset sees masked names, no address and no health; BI sees no households', async () => {
    const partner = await issueToken(api, { kind: 'PARTNER', datasets: ['MONITORING'], townCodes: [LAO_CHENG.code] });
    const result = await partner.client(`query ($id: ID!) { household(id: $id) { ${HOUSEHOLD_FIELDS} } }`, {
      id: household.id,
    });
    expect(result.errors).toBeUndefined();
    const h = result.data?.household;
    expect(h).toMatchObject({ headName: '张*国', address: null, phone: expect.stringMatching(/^1\d{2}\*{4}\d{4}$/) });
    expect(h.members[0]).toMatchObject({ name: '张*国', idNumber: maskIdNumber(headId), health: null });
    expect(JSON.stringify(result)).not.toContain(headId);
    // A case's narrative often carries health details: staff only.
    await openCase(clerk, household.id, { reason: '户主糖尿病并发症住院', note: '村医反映' });
    const narrative = `query ($id: ID!) { household(id: $id) { openCase { reason steps { note } } } }`;
    expect((await partner.client(narrative, { id: household.id })).data?.household.openCase).toEqual({
      reason: null,
      steps: [{ note: null }],
    });
    expect((await clerk(narrative, { id: household.id })).data?.household.openCase).toEqual({
      reason: '户主糖尿病并发症住院',
      steps: [{ note: '村医反映' }],
    });
    const bi = await issueToken(api, { kind: 'BI' });
    expectRefused(await bi.client('{ households { totalCount } }'), 'FORBIDDEN');
    const summary = await bi.client('{ monitoringSummary { total { display } } }');
    expect(summary.errors).toBeUndefined();
  });

  it('every register write is audited without the sealed values', async () => {
    const rows = await api.db.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE action IN ('household.create', 'person.create', 'household_year.create', 'household_year.update') ORDER BY id`,
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['household.create', 'person.create', 'household_year.create', 'household_year.update']),
    );
    const text = JSON.stringify(rows);
    expect(text).not.toContain(headId);
    expect(text).not.toMatch(/idNumberSealed|idNumberHash|phoneSealed/);
  });
});
