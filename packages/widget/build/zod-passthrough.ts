// The widget's build swaps zod for this pass-through: every schema builder returns a schema
// that accepts what it is given. zod is 25 kB gzip, most of the widget's 30 kB budget, and the
// widget only reads answers from the clinic's own API, which validates every input itself.
// Tests run the real SDK with real zod, so the widget's requests and the fake API's answers
// are still checked against the contract there.

type Schema = ((...args: unknown[]) => Schema) & { [key: string]: unknown };

const passthrough: Schema = new Proxy(function schema() {} as unknown as Schema, {
  get(_target, key) {
    if (key === 'safeParse') return (data: unknown) => ({ success: true, data });
    if (key === 'parse') return (data: unknown) => data;
    // Not a thenable, not a primitive: only builder methods chain.
    if (typeof key === 'symbol' || key === 'then') return undefined;
    return passthrough;
  },
  apply: () => passthrough,
});

const p = passthrough;

// Both `import { z } from 'zod'` and `import * as z from 'zod'` must work, so every top-level
// builder name zod has is exported too. scripts/check-size.mjs fails the build when the SDK
// uses one that is missing here.
export {
  p as z,
  p as default,
  p as string,
  p as number,
  p as bigint,
  p as boolean,
  p as date,
  p as symbol,
  p as undefined,
  p as null,
  p as any,
  p as unknown,
  p as never,
  p as void,
  p as nan,
  p as object,
  p as strictObject,
  p as looseObject,
  p as array,
  p as tuple,
  p as record,
  p as partialRecord,
  p as map,
  p as set,
  p as union,
  p as discriminatedUnion,
  p as intersection,
  p as literal,
  p as enum,
  p as nativeEnum,
  p as optional,
  p as nullable,
  p as nullish,
  p as lazy,
  p as promise,
  p as function,
  p as instanceof,
  p as preprocess,
  p as pipe,
  p as transform,
  p as custom,
  p as refine,
  p as check,
  p as iso,
  p as email,
  p as url,
  p as uuid,
  p as guid,
  p as cuid,
  p as cuid2,
  p as ulid,
  p as nanoid,
  p as e164,
  p as ipv4,
  p as ipv6,
  p as cidrv4,
  p as cidrv6,
  p as base64,
  p as base64url,
  p as jwt,
  p as emoji,
  p as json,
  p as file,
  p as int,
  p as int32,
  p as float32,
  p as float64,
  p as stringbool,
  p as templateLiteral,
  p as keyof,
  p as coerce,
  p as core,
  p as config,
  p as locales,
  p as prettifyError,
  p as treeifyError,
  p as flattenError,
};
