import { InvalidInputError } from '../../src/errors';
import type { EntityService } from '../../src/entities/entity-service';
import type { EntityRecord, OrganizationRecord, PersonRecord } from '../../src/records/entity-records';

/**
 * The behaviour every EntityService implementation promises, run against each
 * of them. The service is shared by all tests of a run (opened once), so each
 * test names its entities with its own token and never depends on what other
 * tests stored.
 */
export function describeEntityServiceContract(label: string, open: () => Promise<EntityService>, shut: () => Promise<void>): void {
  describe(`EntityService contract: ${label}`, () => {
    let service: EntityService;
    let tokenSeq = 0;
    /** A word no other test uses, so that lookups and searches see only this test's data. */
    const token = (): string => `Zq${'abcdefghijklmnop'[tokenSeq++ % 16]}${tokenSeq}x`;

    beforeAll(async () => {
      service = await open();
    });
    afterAll(async () => {
      await shut();
    });

    async function person(name: string, extra: Partial<Omit<PersonRecord, 'type' | 'id' | 'name'>> = {}): Promise<PersonRecord> {
      const [record] = await service.upsert([{ type: 'person', name, ...extra }]);
      return record as PersonRecord;
    }
    async function organization(name: string, extra: Partial<Omit<OrganizationRecord, 'type' | 'id' | 'name'>> = {}): Promise<OrganizationRecord> {
      const [record] = await service.upsert([{ type: 'organization', name, ...extra }]);
      return record as OrganizationRecord;
    }

    test('ping answers', async () => {
      await expect(service.ping()).resolves.toBeUndefined();
    });

    test('upsert creates people and organizations from one id sequence', async () => {
      const t = token();
      const [org, who] = await service.upsert([
        { type: 'organization', name: `${t} Ministry`, kind: 'GOVERNMENT_AGENCY', country: 'ru' },
        { type: 'person', name: `Anna ${t}`, aliases: [t], title: 'Minister' },
      ]);
      expect(org).toEqual({
        type: 'organization',
        id: expect.any(Number),
        name: `${t} Ministry`,
        aliases: [],
        kind: 'GOVERNMENT_AGENCY',
        country: 'RU',
        parentId: null,
      });
      expect(who).toEqual({ type: 'person', id: expect.any(Number), name: `Anna ${t}`, aliases: [t], title: 'Minister', roles: [] });
      expect(who.id).not.toBe(org.id);
    });

    test('upsert without id merges into the entity whose alias matches, keeping everything', async () => {
      const t = token();
      const state = await organization(`${t} State Department`, { kind: 'GOVERNMENT_AGENCY', country: 'US' });
      const first = await person(`John F. ${t}`, {
        aliases: [`Secretary ${t}`],
        title: 'Secretary of State',
        roles: [{ title: 'Secretary of State', organizationId: state.id }],
      });
      const merged = await person(`secretary ${t.toUpperCase()}`, {
        aliases: [`J. ${t}`, `Secretary ${t}`],
        title: null,
        roles: [
          { title: 'secretary of state', organizationId: state.id },
          { title: 'Senator', organizationId: null },
        ],
      });
      expect(merged).toEqual({
        type: 'person',
        id: first.id,
        name: `John F. ${t}`,
        aliases: [`Secretary ${t}`, `J. ${t}`],
        title: 'Secretary of State',
        roles: [
          { title: 'Secretary of State', organizationId: state.id },
          { title: 'Senator', organizationId: null },
        ],
      });
      const retitled = await person(`John F ${t}`, { title: 'U.S. Secretary of State' });
      expect(retitled).toMatchObject({ id: first.id, title: 'U.S. Secretary of State', aliases: [`Secretary ${t}`, `J. ${t}`] });
    });

    test('upsert merges only within its type and updates by id', async () => {
      const t = token();
      const org = await organization(`${t}`);
      const who = await person(`${t}`);
      expect(who.id).not.toBe(org.id);
      const renamed = await service.upsert([{ type: 'organization', id: org.id, name: `${t} Group`, kind: 'COMPANY' }]);
      expect(renamed[0]).toMatchObject({ id: org.id, name: `${t} Group`, kind: 'COMPANY' });
      await expect(service.upsert([{ type: 'person', id: org.id, name: 'Someone' }])).rejects.toBeInstanceOf(InvalidInputError);
    });

    test('an upsert that changes nothing answers the entity as stored, a copy the caller may change', async () => {
      const t = token();
      const org = await organization(`${t} Bureau`, { kind: 'GOVERNMENT' });
      const who = await person(`Ada ${t}`, { aliases: [`${t}`], title: 'Mayor', roles: [{ title: 'Director', organizationId: org.id }] });
      await service.getByIds([who.id]);
      const again = await service.upsert([
        { type: 'person', id: who.id, name: `Ada ${t}`, aliases: [`${t}`], roles: [{ title: 'Director', organizationId: org.id }] },
        { type: 'organization', id: org.id, name: `${t} Bureau` },
      ]);
      expect(again).toEqual([who, org]);
      (again[0] as PersonRecord).aliases.push('Changed by the caller');
      expect((await service.getByIds([who.id]))[0]).toEqual(who);
      // A change after it is seen: a new alias, then a new title on a person who had none.
      const [more] = await service.upsert([{ type: 'person', id: who.id, name: `Ada ${t}`, aliases: [`A. ${t}`] }]);
      expect((more as PersonRecord).aliases).toEqual([`${t}`, `A. ${t}`]);
      const [retitled] = await service.upsert([{ type: 'organization', id: org.id, name: `${t} Bureau`, kind: 'COMPANY' }]);
      expect(retitled).toMatchObject({ id: org.id, kind: 'COMPANY' });
      expect((await service.getByIds([org.id]))[0]).toMatchObject({ kind: 'COMPANY' });
    });

    test('upsert refuses bad input, and a refused call stores nothing', async () => {
      const t = token();
      await expect(service.upsert([{ type: 'person', name: '   ' }])).rejects.toBeInstanceOf(InvalidInputError);
      await expect(
        service.upsert([
          { type: 'person', name: `Kept ${t}` },
          { type: 'person', name: `Other ${t}`, roles: [{ title: 'Member', organizationId: 987654321 }] },
        ]),
      ).rejects.toThrow(/organizationId/);
      await expect(
        // The kind comes from outside the type system in practice (JSON), so test the runtime check.
        service.upsert([{ type: 'organization', name: `${t} Org`, kind: 'CULT' as unknown as 'OTHER' }]),
      ).rejects.toBeInstanceOf(InvalidInputError);
      expect(await service.lookup([{ name: `Kept ${t}` }])).toEqual([[]]);
    });

    test('lookup matches names and aliases case- and accent-insensitively, best first', async () => {
      const t = token();
      const lavrov = await person(`Sergéi ${t}`, { aliases: [`${t}`] });
      const minor = await organization(`${t}`);
      const [byName, byAccentless, byAlias, personOnly, none] = await service.lookup([
        { name: `SERGÉI ${t}` },
        { name: `sergei  ${t.toLowerCase()}.` },
        { name: `${t}` },
        { name: `${t}`, type: 'person' },
        { name: `Nobody ${t}` },
      ]);
      expect(ids(byName)).toEqual([lavrov.id]);
      expect(ids(byAccentless)).toEqual([lavrov.id]);
      // The organization is named so; the person only carries it as an alias.
      expect(ids(byAlias)).toEqual([minor.id, lavrov.id]);
      expect(ids(personOnly)).toEqual([lavrov.id]);
      expect(none).toEqual([]);
    });

    test('lookup ranks namesakes: more roles and aliases first, then the older; an upsert re-ranks them', async () => {
      const t = token();
      const org = await organization(`Ministry ${t}`);
      const older = await person(`Anna ${t}`, { aliases: [`${t}`] });
      const busy = await person(`Boris ${t}`, { aliases: [`${t}`, `B. ${t}`], roles: [{ title: 'Minister', organizationId: org.id }] });
      const newer = await person(`Clara ${t}`, { aliases: [`${t}`] });
      const [bySurname] = await service.lookup([{ name: `${t}`, type: 'person' }]);
      expect(ids(bySurname)).toEqual([busy.id, older.id, newer.id]);
      // Clara now holds two roles and an alias more than Boris: she comes first, at once.
      await service.upsert([
        { type: 'person', id: newer.id, name: newer.name, aliases: [`C. ${t}`, `Clara B. ${t}`], roles: [{ title: 'Adviser', organizationId: org.id }, { title: 'Envoy', organizationId: org.id }] },
      ]);
      const [again] = await service.lookup([{ name: `${t}`, type: 'person' }]);
      expect(ids(again)).toEqual([newer.id, busy.id, older.id]);
      expect(again[0]).toMatchObject({ aliases: [`${t}`, `C. ${t}`, `Clara B. ${t}`] });
    });

    test('getByIds answers in key order, one slot per key, null for unknown ids', async () => {
      const t = token();
      const [a, b] = await service.upsert([
        { type: 'person', name: `A ${t}` },
        { type: 'organization', name: `B ${t}` },
      ]);
      const result = await service.getByIds([b.id, 999999999, a.id, b.id]);
      expect(result.map((r) => r && r.id)).toEqual([b.id, null, a.id, b.id]);
      expect(result[0]).toEqual(b);
      expect(await service.getByIds([])).toEqual([]);
    });

    test('list pages by name with a keyset cursor, searches names and aliases, counts all matches', async () => {
      const t = token();
      await service.upsert(
        ['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo'].map((n) => ({ type: 'person' as const, name: `${n} ${t}` })),
      );
      await service.upsert([{ type: 'person', name: 'Foxtrot Plain', aliases: [`Fox ${t}`] }]);
      await service.upsert([{ type: 'organization', name: `Org ${t}` }]);

      const first = await service.list({ type: 'person', search: t.toLowerCase(), limit: 4 });
      expect(first.totalCount).toBe(6);
      expect(names(first.items)).toEqual([`Bravo ${t}`, `Charlie ${t}`, `Delta ${t}`, `Echo ${t}`]);
      const last = first.items[first.items.length - 1];
      const second = await service.list({ type: 'person', search: t, limit: 4, after: { name: last.name, id: last.id } });
      expect(names(second.items)).toEqual(['Foxtrot Plain', `alpha ${t}`]);
      expect(second.totalCount).toBe(6);
      const empty = await service.list({ type: 'person', search: `${t} nothing`, limit: 4 });
      expect(empty).toEqual({ items: [], totalCount: 0 });
      // Search text with no letters or digits is no wildcard: it matches nothing.
      for (const search of ['%', '!!! ???', ' - ']) {
        expect(await service.list({ type: 'organization', search, limit: 4 })).toEqual({ items: [], totalCount: 0 });
      }
      const orgs = await service.list({ type: 'organization', search: t, limit: 10 });
      expect(names(orgs.items)).toEqual([`Org ${t}`]);
    });

    test('membersOf lists, per organization, the people holding a role in it', async () => {
      const t = token();
      const [party, empty] = await service.upsert([
        { type: 'organization', name: `${t} Party`, kind: 'POLITICAL_PARTY' },
        { type: 'organization', name: `${t} Club` },
      ]);
      const [zed, amy] = await service.upsert([
        { type: 'person', name: `Zed ${t}`, roles: [{ title: 'Leader', organizationId: party.id }, { title: 'Founder', organizationId: party.id }] },
        { type: 'person', name: `Amy ${t}`, roles: [{ title: 'Member', organizationId: party.id }] },
      ]);
      expect(await service.membersOf([empty.id, party.id, party.id])).toEqual([[], [amy.id, zed.id], [amy.id, zed.id]]);
    });

    test('merge retires duplicates into the survivor: names become aliases, roles move, the old id reads as the survivor', async () => {
      const t = token();
      const [ministry, embassy] = await service.upsert([
        { type: 'organization', name: `${t} Ministry` },
        { type: 'organization', name: `${t} Embassy` },
      ]);
      const full = await person(`John ${t}`, { aliases: [`J. ${t}`], roles: [{ title: 'Minister', organizationId: ministry.id }] });
      const bare = await person(`${t}`, { aliases: [`Mr ${t}`], title: 'Secretary', roles: [{ title: 'minister', organizationId: ministry.id }, { title: 'Envoy', organizationId: embassy.id }] });

      const merged = await service.merge({ into: full.id, from: [bare.id] });
      expect(merged.retired).toEqual([bare.id]);
      expect(merged.entity).toEqual({
        type: 'person',
        id: full.id,
        name: `John ${t}`,
        aliases: [`J. ${t}`, t, `Mr ${t}`],
        title: 'Secretary',
        roles: [{ title: 'Minister', organizationId: ministry.id }, { title: 'Envoy', organizationId: embassy.id }],
      });
      // The retired id answers the survivor; lookups, listings and members know only the survivor.
      expect(await service.getByIds([bare.id, full.id])).toEqual([merged.entity, merged.entity]);
      expect((await service.lookup([{ type: 'person', name: t }]))[0].map((r) => r.id)).toEqual([full.id]);
      expect(ids((await service.list({ type: 'person', search: t, limit: 10 })).items)).toEqual([full.id]);
      expect(await service.membersOf([embassy.id])).toEqual([[full.id]]);
      // An ingest holding the old id (looked up before the merge) updates the survivor, without renaming it.
      const [late] = await service.upsert([{ type: 'person', id: bare.id, name: t, aliases: [`Secretary ${t}`] }]);
      expect(late.id).toBe(full.id);
      expect(late.name).toBe(`John ${t}`);
      expect(late.aliases).toContain(`Secretary ${t}`);

      // Run again: nothing changes, nothing is retired.
      const again = await service.merge({ into: full.id, from: [bare.id] });
      expect(again).toEqual({ entity: late, retired: [] });
    });

    test('merge of organizations re-points members and children, and follows earlier merges', async () => {
      const t = token();
      const [state, dept, agency, parent] = await service.upsert([
        { type: 'organization', name: `${t} State Department`, kind: 'OTHER' },
        { type: 'organization', name: `${t} Dept of State`, kind: 'GOVERNMENT_AGENCY', country: 'US' },
        { type: 'organization', name: `${t} Agency` },
        { type: 'organization', name: `${t} Government` },
      ]);
      const [child] = await service.upsert([{ type: 'organization', name: `${t} Bureau`, parentId: dept.id }]);
      const member = await person(`Anna ${t}`, { roles: [{ title: 'Spokesperson', organizationId: dept.id }] });
      await service.merge({ into: dept.id, from: [agency.id] });
      const merged = await service.merge({ into: state.id, from: [dept.id] });
      expect(merged.entity).toMatchObject({ id: state.id, kind: 'GOVERNMENT_AGENCY', country: 'US', aliases: [`${t} Dept of State`, `${t} Agency`] });
      expect(await service.membersOf([state.id])).toEqual([[member.id]]);
      expect((await service.getByIds([child.id]))[0]).toMatchObject({ parentId: state.id });
      // The entity merged into dept before now reads as the final survivor.
      expect((await service.getByIds([agency.id]))[0]?.id).toBe(state.id);
      expect(parent.id).toBeGreaterThan(0);
    });

    test('merge refuses unknown ids, mixed types, itself and a survivor merged away, writing nothing', async () => {
      const t = token();
      const a = await person(`Ann ${t}`);
      const b = await person(`Bob ${t}`);
      const org = await organization(`${t} Group`);
      const refused = async (into: number, from: number[], message: RegExp): Promise<void> => {
        const error = await service.merge({ into, from }).then(() => null, (e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidInputError);
        expect((error as Error).message).toMatch(message);
      };
      await refused(a.id, [999_999_999], /no entity has id 999999999/);
      await refused(999_999_998, [a.id], /into: no entity/);
      await refused(a.id, [b.id, org.id], /is a organization, not a person/);
      await refused(a.id, [a.id], /cannot be merged into itself/);
      await refused(a.id, [], /at least one/);
      expect(await service.getByIds([a.id, b.id, org.id])).toEqual([a, b, org]);
      await service.merge({ into: a.id, from: [b.id] });
      await refused(b.id, [a.id], /was merged into entity/);
    });

    test('requestCount counts one request per call', async () => {
      const before = service.requestCount;
      await service.getByIds([1, 2, 3]);
      await service.membersOf([1, 2]);
      expect(service.requestCount - before).toBe(2);
    });
  });
}

function ids(records: EntityRecord[]): number[] {
  return records.map((r) => r.id);
}

function names(records: EntityRecord[]): string[] {
  return records.map((r) => r.name);
}
