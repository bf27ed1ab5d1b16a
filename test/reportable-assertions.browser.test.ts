import { expect } from '@open-wc/testing';

describe('a failed assertion on a DOM node', () => {
  it('is reported with the node described in text (test/reportable-assertions.ts), not left unsendable', () => {
    const node = document.createElement('output');
    node.textContent = '已达成';
    let failure: { actual?: unknown; expected?: unknown } | undefined;
    try {
      expect(node).to.equal(null);
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure instanceof Error, 'the assertion did not fail').to.equal(true);
    // typeof, not the value: an assertion on the node itself would be the very failure that cannot be sent.
    expect(typeof failure!.actual).to.equal('string');
    expect(String(failure!.actual)).to.contain('output');
    expect(() => structuredClone({ actual: failure!.actual, expected: failure!.expected })).not.to.throw();
  });

  it('keeps values that can be sent as they are', () => {
    let failure: { actual?: unknown; expected?: unknown } | undefined;
    try {
      expect([1, 2]).to.deep.equal([1, 3]);
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure!.actual).to.deep.equal([1, 2]);
    expect(failure!.expected).to.deep.equal([1, 3]);
  });
});
