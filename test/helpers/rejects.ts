// Await something that must fail and hand back its error, typed, for the test to inspect.
import * as assert from 'uvu/assert';

export async function rejects<E extends Error>(work: Promise<unknown> | (() => Promise<unknown>), kind: new (...args: never[]) => E): Promise<E> {
  let result: unknown;
  try {
    result = await (typeof work === 'function' ? work() : work);
  } catch (error) {
    assert.instance(error, kind);
    return error as E;
  }
  throw new assert.Assertion({
    message: `expected a ${kind.name}, but it resolved with ${JSON.stringify(result)}`,
    operator: 'rejects',
    expects: kind.name,
    actual: result,
  });
}
