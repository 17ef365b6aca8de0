import { DEFAULT_CONFIG } from '../../src/core/config';
import { canonicalJson, configFromJson, ProtocolConfigError } from '../../src/core/protocolConfig';
import { parseConfig } from '../../src/google/platform/protocolConfig';

const TRUST_JSON = '{"thresholds":{"i3MatchSatisfaction":6.5},"defaultTargetPairs":12}';

describe('a trust’s protocol configuration', () => {
  it('lays the trust’s settings over the defaults, nested objects merged', () => {
    const config = configFromJson(TRUST_JSON);
    expect(config.thresholds.i3MatchSatisfaction).toBe(6.5);
    expect(config.thresholds.c1Share).toBe(DEFAULT_CONFIG.thresholds.c1Share);
    expect(config.defaultTargetPairs).toBe(12);
    expect(config.factorWeights).toEqual(DEFAULT_CONFIG.factorWeights);
  });

  it('writes the same configuration the same way whatever the order of its keys', () => {
    const reordered = '{"defaultTargetPairs":12,"thresholds":{"i3MatchSatisfaction":6.5}}';
    expect(canonicalJson(configFromJson(reordered))).toBe(
      canonicalJson(configFromJson(TRUST_JSON)),
    );
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it.each([
    ['{not json', /not valid JSON/],
    ['[1, 2]', /must be a JSON object/],
    ['{"colour":"blue"}', /unknown setting "colour"/],
    ['{"thresholds":7}', /"thresholds" must be a object/],
  ])('refuses %s, in the add-on with a way out for the Lead', (json, message) => {
    expect(() => configFromJson(json)).toThrow(ProtocolConfigError);
    expect(() => configFromJson(json)).toThrow(message);
    expect(() => parseConfig(json)).toThrow(/clear the cell to use the protocol's defaults/);
  });
});
