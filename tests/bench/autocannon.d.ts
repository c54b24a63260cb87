// autocannon 9 ships no type declarations: the part of its programmatic API the benchmark uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p99: number;
    }

    /** One connection. Its "headers" event carries http-parser-js' info: `headers` is a flat [name, value, …] list. */
    interface Client extends EventEmitter {
      on(event: "headers", listener: (info: { statusCode: number; headers: string[] }) => void): this;
      on(event: string, listener: (...args: unknown[]) => void): this;
    }

    interface Options {
      /** several URLs: the connections are spread over them */
      url: string | string[];
      connections?: number;
      /** seconds */
      duration?: number;
      /** seconds */
      timeout?: number;
      warmup?: { connections?: number; duration?: number };
      headers?: Record<string, string>;
      setupClient?: (client: Client) => void;
    }

    interface Result {
      url: string;
      requests: Histogram;
      latency: Histogram;
      throughput: Histogram;
      /** seconds */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      statusCodeStats: Record<string, { count: number }>;
      start: Date;
      finish: Date;
      warmup?: Result;
    }

    interface Instance extends EventEmitter, PromiseLike<Result> {
      stop(): void;
    }
  }

  function autocannon(opts: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
