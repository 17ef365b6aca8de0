import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import {
  CHECK_IN,
  DOMAINS,
  MEETING_OPTIONS,
  MENTEE_APPLICATION,
  MENTEE_FEEDBACK,
  MENTOR_APPLICATION,
  MENTOR_FEEDBACK,
} from '../../src/core/instruments';
import { formsGuideMarkdown } from '../../src/local/formsGuide';

const ROOT = resolve(__dirname, '../..');
const GUIDE = join(ROOT, 'docs/microsoft-forms-guide.md');

describe('the Microsoft Forms guide', () => {
  it('is what the generator writes from the instruments (run npm run guide:microsoft)', () => {
    expect(readFileSync(GUIDE, 'utf8')).toBe(formsGuideMarkdown());
  });

  it('is written by the committed script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-guide-'));
    try {
      const out = join(dir, 'guide.md');
      const run = spawnSync(process.execPath, ['scripts/make-forms-guide.mjs', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(GUIDE, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every question title the readers expect, word for word', () => {
    const guide = formsGuideMarkdown();
    const titles = [
      ...Object.values(MENTEE_APPLICATION),
      ...Object.values(MENTOR_APPLICATION),
      ...Object.values(CHECK_IN),
      ...Object.values(MENTEE_FEEDBACK),
      ...Object.values(MENTOR_FEEDBACK),
      ...DOMAINS.map((d) => d.title),
    ];
    for (const title of titles) expect(guide).toContain(`\`${title}\``);
  });

  it('shows the wellbeing pulse only after the mid-pilot meeting, and the email setting', () => {
    const guide = formsGuideMarkdown();
    expect(guide).toContain(
      '**Branching** (… → Branching): on `Which meeting was this?`, `Meeting 2 (month 3, mid-pilot review)` → `Wellbeing pulse`; every other option → End of the form.',
    );
    expect(MEETING_OPTIONS[1]).toBe('Meeting 2 (month 3, mid-pilot review)');
    expect(guide).toContain('"Only people in my organization can respond" and tick "Record name"');
  });

  it('follows the configuration: a trust’s own site appears, in its place', () => {
    const sites = ['Hull Royal Infirmary', 'Scarborough Hospital'];
    const guide = formsGuideMarkdown({ ...DEFAULT_CONFIG, sites });
    expect(guide).toContain(
      'Options, in this order: `Hull Royal Infirmary` · `Scarborough Hospital`\n',
    );
  });
});
