import type { Database } from 'better-sqlite3'

/** A statement as the app ran it: its SQL and the arguments it was bound to. */
export interface RanStatement {
  sql: string
  args: unknown[]
}

/**
 * The statements `work` prepares on `db` and runs, with their arguments. Repositories build the
 * search statement per call, so wrapping prepare() shows exactly what the app asked SQLite,
 * without copying the app's SQL into the bench (a copy would drift from it).
 */
export async function capturedStatements(
  db: Database,
  work: () => unknown,
): Promise<RanStatement[]> {
  const ran: RanStatement[] = []
  const prepare = db.prepare.bind(db)
  const wrapped = (sql: string) => {
    const statement = prepare(sql)
    const record =
      (method: 'all' | 'get' | 'run' | 'iterate') =>
      (...args: unknown[]) => {
        ran.push({ sql, args })
        return (statement[method] as (...a: unknown[]) => unknown).apply(statement, args)
      }
    const proxy: typeof statement = new Proxy(statement, {
      get: (target, name) => {
        if (name === 'all' || name === 'get' || name === 'run' || name === 'iterate')
          return record(name)
        const value = Reflect.get(target, name, target) as unknown
        if (typeof value !== 'function') return value
        // Native methods need the statement itself; those that return it (pluck, raw…) keep
        // returning the recording proxy.
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args)
          return result === target ? proxy : result
        }
      },
    })
    return proxy
  }
  db.prepare = wrapped as typeof db.prepare
  try {
    await work()
  } finally {
    db.prepare = prepare
  }
  return ran
}

/** EXPLAIN QUERY PLAN of a statement, as an indented text tree. */
export function queryPlan(db: Database, sql: string, args: unknown[] = []): string {
  const steps = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as {
    id: number
    parent: number
    detail: string
  }[]
  const depth = new Map<number, number>([[0, -1]])
  return steps
    .map((s) => {
      const d = (depth.get(s.parent) ?? -1) + 1
      depth.set(s.id, d)
      return `${'  '.repeat(d)}${s.detail}`
    })
    .join('\n')
}
