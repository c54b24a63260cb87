import { AsyncLocalStorage } from "node:async_hooks";
import type { DirectoryOffice } from "./hosts";

// The office a request is for, from the moment the server has read its host name
// (server/serve.ts) to the end of everything done for it: rendering, a background refresh it
// starts, the queries getPrisma() confines to that office. One store per process, on globalThis:
// the server and Next's bundled code each load their own copy of this module.

const KEY = Symbol.for("ect.office.context");
type WithStore = typeof globalThis & { [KEY]?: AsyncLocalStorage<DirectoryOffice> };
const g = globalThis as WithStore;
const store = (g[KEY] ??= new AsyncLocalStorage<DirectoryOffice>());

/** Runs `fn` (and all it starts) for `office`. */
export function runForOffice<T>(office: DirectoryOffice, fn: () => T): T {
  return store.run(office, fn);
}

/** The office of the request being served; undefined outside one (scripts, `next dev`, tests). */
export function requestOffice(): DirectoryOffice | undefined {
  return store.getStore();
}

/** The request header by which the server tells Next's proxy which office's pages to render. */
export const OFFICE_HEADER = "x-ect-office";
/** The office segment the proxy uses when no server named one (`next dev`): the default office. */
export const DEFAULT_SEGMENT = "default";
