// The bare SQL time of a request: each statement it ran, EXPLAIN (ANALYZE, TIMING OFF) with the same
// parameters, in a transaction rolled back afterwards, a few times; planning plus execution, summed over the
// statements (median of the runs). TIMING OFF: timing every node of a plan that reads 500,000 rows costs
// more than reading them. One more run with timing and buffers gives the plan shown. A statement EXPLAIN
// cannot take (an EXPLAIN itself, as planner estimates are read) is timed from the client instead.
import type { Knex } from 'knex';
import type pg from 'pg';
import type { CapturedStatement } from './sql-capture.js';
import { percentile } from './stats.js';

export interface PlanNode {
  'Node Type': string;
  'Parent Relationship'?: string;
  'Subplan Name'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Total Time'?: number;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Index Cond'?: string;
  Filter?: string;
  'Rows Removed by Filter'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface ExplainedStatement {
  sql: string;
  auth: boolean;
  planningMs: number;
  executionMs: number;
  /** 'explain': the server's own figures; 'client': timed around the call (see above). */
  timedBy: 'explain' | 'client';
  plan: PlanNode | null;
}

export interface ExplainedRequest {
  /** Median over the runs of the statements' planning + execution, summed. */
  sqlMs: number;
  statements: ExplainedStatement[];
}

export async function explainStatements(
  knex: Knex,
  statements: CapturedStatement[],
  runs = 3,
): Promise<ExplainedRequest> {
  const connection = (await knex.client.acquireConnection()) as pg.Client;
  try {
    const perRun: ExplainedStatement[][] = [];
    for (let run = 0; run < runs; run += 1) {
      const explained: ExplainedStatement[] = [];
      for (const statement of statements) explained.push(await explainOne(connection, statement, false));
      perRun.push(explained);
    }
    const totals = perRun.map((run) => run.reduce((sum, s) => sum + s.planningMs + s.executionMs, 0));
    const median = percentile(totals, 0.5);
    const chosen = perRun[totals.indexOf(median)] ?? [];
    const plans: (PlanNode | null)[] = [];
    for (const statement of statements) plans.push((await explainOne(connection, statement, true)).plan);
    return {
      sqlMs: round2(median),
      statements: chosen.map((statement, i) => ({ ...statement, plan: plans[i] ?? null })),
    };
  } finally {
    await knex.client.releaseConnection(connection);
  }
}

async function explainOne(
  connection: pg.Client,
  statement: CapturedStatement,
  timing: boolean,
): Promise<ExplainedStatement> {
  const base = { sql: statement.sql, auth: statement.auth };
  await connection.query('begin');
  try {
    await connection.query("set local statement_timeout = '120s'");
    if (!/^\s*explain\b/i.test(statement.sql)) {
      try {
        await connection.query('savepoint explain');
        const result = await connection.query<{
          'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }];
        }>(
          `explain (analyze, ${timing ? 'buffers' : 'timing off'}, format json) ${statement.sql}`,
          statement.bindings,
        );
        const [top] = result.rows[0]!['QUERY PLAN'];
        return {
          ...base,
          planningMs: round2(top['Planning Time']),
          executionMs: round2(top['Execution Time']),
          timedBy: 'explain',
          plan: top.Plan,
        };
      } catch {
        await connection.query('rollback to savepoint explain');
      }
    }
    const started = performance.now();
    await connection.query(statement.sql, statement.bindings);
    return {
      ...base,
      planningMs: 0,
      executionMs: round2(performance.now() - started),
      timedBy: 'client',
      plan: null,
    };
  } finally {
    await connection.query('rollback');
  }
}

/** A plan as indented lines: node, relation or index, actual time, rows and loops, conditions (shortened). */
export function renderPlan(node: PlanNode, depth = 0): string[] {
  const on = node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
  const using = node['Index Name'] ? ` using ${node['Index Name']}` : '';
  const actual =
    node['Actual Total Time'] === undefined
      ? ''
      : ` (${node['Actual Total Time']} ms, rows ${node['Actual Rows']} x ${node['Actual Loops']})`;
  const indent = '  '.repeat(depth);
  const relationship = node['Parent Relationship'];
  const sub =
    relationship === 'InitPlan' || relationship === 'SubPlan'
      ? `${node['Subplan Name'] ?? relationship}: `
      : '';
  const lines = [`${indent}${depth ? '-> ' : ''}${sub}${node['Node Type']}${using}${on}${actual}`];
  for (const key of ['Index Cond', 'Filter'] as const) {
    const value = node[key];
    if (value) lines.push(`${indent}     ${key}: ${value.length > 100 ? `${value.slice(0, 97)}...` : value}`);
  }
  if (node['Rows Removed by Filter'])
    lines.push(`${indent}     Rows Removed by Filter: ${node['Rows Removed by Filter']}`);
  for (const child of node.Plans ?? []) lines.push(...renderPlan(child, depth + 1));
  return lines;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
