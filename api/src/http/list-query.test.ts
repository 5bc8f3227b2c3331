import knexFactory from 'knex';
import { describe, expect, it } from 'vitest';
import { parseListQuery, type ListSpec } from './list-query.js';

const spec: ListSpec = {
  resource: 'things',
  idColumn: 'id',
  idType: 'int',
  sortable: { id: 'id', name: 'name', total: 'total' },
  defaultSort: ['id', 'DESC'],
  filters: {
    name: { type: 'contains', column: 'name' },
    total: { type: 'decimal', column: 'total', range: true },
    status: { type: 'enum', column: 'status', values: ['open', 'closed'] },
    owner_id: { type: 'int', column: 'owner_id' },
  },
};

const knex = knexFactory({ client: 'pg' });
const sql = (query: Record<string, string>) => {
  const list = parseListQuery(query, spec);
  const builder = knex('things').where(list.where);
  for (const { column, order } of list.orderBy) builder.orderByRaw(`${column} ${order}`);
  return builder.offset(list.offset).limit(list.limit).toSQL().toNative();
};

describe('parseListQuery', () => {
  it('defaults to the first 25 rows in the default order', () => {
    expect(sql({}).sql).toBe('select * from "things" order by id desc limit $1');
    expect(sql({}).bindings).toEqual([25]);
  });

  it('adds the id as a tie-breaker so deep pages are stable', () => {
    expect(sql({ sort: '["name","ASC"]' }).sql).toContain('order by name asc, id asc');
  });

  it('turns range suffixes, enums and contains into bound parameters', () => {
    const { sql: text, bindings } = sql({
      filter: JSON.stringify({ total_gte: '10.50', total_lte: 99, status: ['open'], name: '50%_off' }),
      range: '[50,99]',
    });
    expect(text).toContain('total >= $1 and total <= $2 and status = any($3) and name ilike $4');
    expect(bindings).toEqual(['10.50', '99', ['open'], '%50\\%\\_off%', 50, 50]);
  });

  it('refuses q on a list without search, and range suffixes on a filter without ranges', () => {
    expect(() => sql({ filter: '{"q":"x"}' })).toThrow(/no full-text search/);
    expect(() => sql({ filter: '{"status_gte":"open"}' })).toThrow(/Cannot filter things by "status_gte"/);
  });

  it('refuses non-integers in the range and duplicated parameters', () => {
    expect(() => parseListQuery({ range: '[0.5,2]' }, spec)).toThrow(/range must be/);
    expect(() => parseListQuery({ sort: ['a', 'b'] }, spec)).toThrow(/sort must be given once/);
  });

  it('takes integers as numbers or digit strings, within PostgreSQL integer, and refuses anything else', () => {
    expect(sql({ filter: '{"owner_id":"7"}' }).bindings[0]).toBe(7);
    expect(sql({ filter: '{"owner_id":2147483647}' }).bindings[0]).toBe(2147483647);
    for (const bad of ['"abc"', '1.5', '"7 "', 'true', '2147483648', '"99999999999"', '-2147483649']) {
      expect(() => sql({ filter: `{"owner_id":${bad}}` }), bad).toThrow(
        'filter.owner_id must be an integer from -2147483648 to 2147483647.',
      );
    }
  });

  it("refuses Object's own members as sort or filter fields (__proto__, constructor) with a 400", () => {
    for (const field of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(() => sql({ sort: JSON.stringify([field, 'ASC']) }), field).toThrow(/Cannot sort things by/);
      expect(() => sql({ filter: `{"${field}":1}` }), field).toThrow(/Cannot filter things by/);
      expect(() => sql({ filter: `{"${field}_lte":1}` }), field).toThrow(/Cannot filter things by/);
    }
  });
});
