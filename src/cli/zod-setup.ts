import { z } from 'zod';

// zod compiles a fast path (new Function) for each object schema on its first
// parse. A command parses a few small files once, so compiling costs more than
// it saves (~15 ms of a `parley validate` start); the interpreted path gives
// the same results. Imported first by main.ts, before any schema is built.
z.config({ jitless: true });
