// Web Test Runner sends each test's result to Node with structuredClone, and a failed chai assertion
// carries its values as they were: a DOM node (`expect(el.querySelector('.x')).to.equal(null)`) or a
// function cannot be cloned, so the send throws (DataCloneError), the file's result never arrives and
// the run waits, silent, for testsFinishTimeout (modernweb-dev/web#2967). Loaded before the test
// framework (web-test-runner.config.mjs), this hands such values to the report as chai describes them.
// The entry without side effects: the main one registers its fixture clean-up only when mocha's
// globals exist, which they do not yet here. Its module exports chai; its types do not say so.
import * as testing from '@open-wc/testing/pure';

const { chai } = testing as unknown as { chai: Chai.ChaiStatic };

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

chai.use((api: Chai.ChaiStatic, utils: Chai.ChaiUtils) => {
  const prototype = api.Assertion.prototype as unknown as { assert: (...args: unknown[]) => void };
  const assert = prototype.assert;
  prototype.assert = function (this: unknown, ...args: unknown[]) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof api.AssertionError) {
        const values = error as unknown as Record<'actual' | 'expected', unknown>;
        for (const key of ['actual', 'expected'] as const) if (!cloneable(values[key])) values[key] = utils.inspect(values[key]);
      }
      throw error;
    }
  };
});
