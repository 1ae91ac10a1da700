// Prisma's WebAssembly schema engine, connected to PostgreSQL through adapter-pg with the upstream bugs worked around.
import { AsyncLocalStorage } from "node:async_hooks";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQueryable,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type SchemaEngine = engineBindings.SchemaEngine;
export type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * What Prisma's schema engine leaves alone. search_entry_procedure and search_entry_condition are created and
 * maintained by hand-written SQL (their GiST indexes lead with an integer column through btree_gist, which
 * schema.prisma cannot express; decisions 071, 073); search_card is written by triggers only, never by the app
 * (decision 074). None of them is in schema.prisma, and a diff must not propose dropping them.
 */
export const SCHEMA_FILTER = {
  externalTables: ["public.search_entry_procedure", "public.search_entry_condition", "public.search_card"],
  externalEnums: [],
};

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// Kept on globalThis: test runners may load this module more than once per process, but the wasm bindings
// module (and its one linear memory) exists once, so its loading and its lock must be shared too.
type TEngineState = { ready?: Promise<void>; queue: Promise<void> };
const engineState: TEngineState = ((globalThis as { __irFinderSchemaEngine?: TEngineState }).__irFinderSchemaEngine ??= {
  queue: Promise.resolve(),
});

declare global {
  // The wasm bindings report a Rust panic's message here just before trapping with "unreachable".
  var PRISMA_WASM_PANIC_REGISTRY: { set_message: (msg: string) => void } | undefined;
}

/**
 * The package's own entry imports the .wasm as an ES module (a bundler convention Node cannot load), so we
 * instantiate the same bytes ourselves and hand them to the generated bindings.
 */
function loadEngineWasm(): Promise<void> {
  engineState.ready ??= (async () => {
    // A panic usually surfaces as an uncaught "unreachable" trap in a callback, which kills the process with
    // no hint of the cause; printing the message first is what makes such a failure diagnosable.
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (msg) => {
        process.stderr.write(`Prisma schema engine panicked: ${msg}\n`);
      },
    };
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(bindingsPath.replace(/\.js$/, ".wasm"));
    const imports: WebAssembly.Imports = { "./schema_engine_bg.js": { ...engineBindings } };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    engineBindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
  })();
  return engineState.ready;
}

type CharColumns = { indices: number[] };
// Which result columns of the query running in this async context were "char" before being relabelled.
const charColumnsOfCurrentQuery = new AsyncLocalStorage<CharColumns>();

function relabelCharColumns(result: unknown, found: CharColumns | undefined): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    if (typeof r !== "object" || r === null || !("fields" in r) || !Array.isArray(r.fields)) continue;
    (r.fields as pg.FieldDef[]).forEach((field, i) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      found?.indices.push(i);
    });
  }
}

/**
 * Upstream bug: adapter-pg throws UnsupportedNativeDataType on Postgres' one-byte `"char"` (OID 18), which the
 * engine's catalog queries return (relkind, contype, ...), and the engine then insists on a Character column.
 * The client relabels such columns as text so the adapter accepts them (the values already arrive as strings),
 * and `connectAdapter` marks them Character again in the adapter's result.
 */
class CatalogSafeClient extends pg.Client {}
const baseQuery = pg.Client.prototype.query;
Object.defineProperty(CatalogSafeClient.prototype, "query", {
  value: function query(this: pg.Client, ...args: unknown[]): unknown {
    const found = charColumnsOfCurrentQuery.getStore();
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => {
        if (!err) relabelCharColumns(res, found);
        Reflect.apply(callback, undefined, [err, res]);
      };
      return Reflect.apply(baseQuery, this, args);
    }
    const ret: unknown = Reflect.apply(baseQuery, this, args);
    if (!(ret instanceof Promise)) return ret;
    return ret.then((res: unknown) => {
      relabelCharColumns(res, found);
      return res;
    });
  },
});

function restoreCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const found: CharColumns = { indices: [] };
    const result = await charColumnsOfCurrentQuery.run(found, () => queryRaw(query));
    for (const i of found.indices) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function newPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, Client: CatalogSafeClient, max: 4 });
  // A shadow database dropped WITH (FORCE) ends idle connections; that must not crash the process.
  pool.on("error", () => undefined);
  return pool;
}

async function connectAdapter(pool: pg.Pool): Promise<SqlDriverAdapter> {
  const adapter = restoreCharColumns(await new PrismaPg(pool).connect());
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => restoreCharColumns(await startTransaction(isolationLevel));
  // Upstream bug: adapter-pg's executeScript splits on every ";", which cuts function bodies ($$ ... ; ... $$)
  // apart and runs statements one by one. The native engine sends a migration as one simple-protocol query
  // (so Postgres runs it as one implicit transaction); executeRaw without parameters does exactly that.
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/** The engine logs JSON lines that carry whole migration scripts; a person only needs the level and message. */
function engineLogMessage(line: string): string {
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed === "object" && parsed !== null && "level" in parsed && "fields" in parsed) {
      const fields = parsed.fields;
      if (typeof fields === "object" && fields !== null && "message" in fields) {
        return `schema engine ${String(parsed.level)}: ${String(fields.message)}`;
      }
    }
  } catch {
    // Not JSON: pass the line through as it is.
  }
  return line.trim();
}

export type EngineConnection = {
  engine: SchemaEngine;
  close: () => Promise<void>;
};

export type EngineOptions = {
  /** The database the engine works on (applyMigrations, diagnoseMigrationHistory). */
  url: string;
  /**
   * An existing, empty database the engine may use as its shadow (diff from migrations). The caller creates
   * and drops it: upstream adapter-pg's connectToShadowDb ignores the database name when given a connection
   * string and drops the database before closing its pool.
   */
  shadowUrl?: string;
  /** Prisma schema files as [path, content]. */
  schemaFiles?: [string, string][];
  log?: (msg: string) => void;
};

// The wasm module has one linear memory per process: two engines alive at once corrupt each other's strings
// (seen as invalid UTF-8 when two test projects migrated concurrently). Engines therefore run one at a time.

function acquireEngineSlot(): Promise<() => void> {
  let release!: () => void;
  const next = new Promise<void>((resolve) => (release = resolve));
  const ready = engineState.queue.then(() => release);
  engineState.queue = engineState.queue.then(() => next);
  return ready;
}

/**
 * Starts an engine bound to `url` (and `shadowUrl`); close() frees the engine, ends every pool it used and lets the
 * next engine in this process start.
 */
export async function connectSchemaEngine(opts: EngineOptions): Promise<EngineConnection> {
  const release = await acquireEngineSlot();
  try {
    return await startEngine(opts, release);
  } catch (e) {
    release();
    throw e;
  }
}

async function startEngine(opts: EngineOptions, release: () => void): Promise<EngineConnection> {
  await loadEngineWasm();
  const pools: pg.Pool[] = [];
  const openPool = (url: string) => {
    const pool = newPool(url);
    pools.push(pool);
    return pool;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(openPool(opts.url)),
    connectToShadowDb: () => {
      if (!opts.shadowUrl) throw new Error("This operation needs a shadow database, but none was given.");
      return connectAdapter(openPool(opts.shadowUrl));
    },
  };
  const log = opts.log;
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: opts.schemaFiles },
    (line: unknown) => log?.(engineLogMessage(String(line))),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    close: async () => {
      try {
        engine.free();
        await Promise.all(pools.map((p) => p.end()));
      } finally {
        release();
      }
    },
  };
}
