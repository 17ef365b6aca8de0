import { holmAdjust } from '../../src/core/stats/holm';
import { expectRelativelyClose, rHolmCases, rVersion } from './rFixtures';

describe(`Holm adjustment agrees with ${rVersion}`, () => {
  it.each(rHolmCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const adjusted = holmAdjust(c.p);
    expect(adjusted).toHaveLength(c.holm.length);
    c.holm.forEach((expected, i) => expectRelativelyClose(adjusted[i], expected, 1e-12));
  });
});
