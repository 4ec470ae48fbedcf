// The quantity recogniser of no-unquantified-claims: what counts as a number with what it counts, and what does not.
import { describe, expect, it } from 'vitest';
import { findQuantities, foldWidth, hasQuantity } from '../../rules/utils/quantity.js';
import { CompiledVocabulary } from '../../src/vocabulary.js';

const vocabulary = new CompiledVocabulary();
const quantities = (text: string) => findQuantities(text, vocabulary).map((q) => q.text);

describe('quantities', () => {
  it.each([
    ['Revenue grew 12% to $1.2M.', ['12%', '$1.2']],
    ['First response time dropped from 9 to 4 hours.', ['9', '4']],
    ['We onboarded three new maintainers.', ['three']],
    ['Build time halved and the cache hit rate doubled.', ['halved', 'doubled']],
    ['p95 latency is now 120ms, twice as fast.', ['120', 'twice']],
    ['Storage use fell by 5GB.', ['5']],
    ['The new runners are 3x faster.', ['3']],
    ['We signed 2000 users in March.', ['2000']],
    ['Downloads went from 10,000 to 12,500.', ['10,000', '12,500']],
    ['销售额增长１５％。', ['１５％']],
    ['新签客户三个，回款两成。', ['三个', '两成']],
    ['同比提升逾三成。', ['三成']],
    ['收入翻了一番，成本减少百分之十。', ['翻了一番', '百分之十']],
    ['转化率提高了一倍。', ['一倍']],
    ['新增客户三十多家。', ['三十多家']],
    ['全年销售额达到三万元。', ['三万元']],
    ['累计培训二十人次。', ['二十人次']],
    ['回款周期缩短到60天。', ['60']],
    ['新客戶增加了三成。', ['三成']],
    ['p95 latency fell to 0.8 s.', ['0.8']],
    ['The error rate fell to 1.5 overall.', ['1.5']],
    ['Closed 12 of 16 bugs.', ['12', '16']],
    ['We moved Node 20 builds to 3 runners.', ['3']],
  ])('%s', (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });
});

describe('not quantities', () => {
  it.each([
    'In October 2023 sales improved.',
    'Sales improved on 15 October.',
    'Shipped on 2026-11-01 and again on 12/1.',
    'Released v1.2 and then 1.6.0.',
    'Fixed in #123 after the 16:30 call.',
    'Q3 and FY2024 and H1 were strong.',
    'The p99 latency of k8s nodes on IPv6 improved with GPT-4.',
    'Growth in week 3 of sprint 12 was good.',
    'Sales increased by XX% this quarter.',
    'Sales increased by N customers.',
    'We improved 2FA and 3D rendering.',
    'In mid-2023 adoption grew.',
    'We held the 1.28 release retro.',
    'The first half of the year went well.',
    '2023年10月销售额显著提升。',
    '10月15日完成目标。',
    '第三季度业绩增长。',
    '一季度客户满意度提升。',
    '23年10月增长明显。',
    '本周三下午3点开会。',
    '1、销售额显著增长。',
    '（1）客户满意度提高。',
    '1、12月31日前提升转化率。',
    '销售额增长xx%，客户增加XX个。',
    '效果十分显著。',
    '团队一起努力，取得一次性突破。',
    '二〇二三年业绩大幅增长。',
    '周一到周五都在跟进。',
    '打造一流团队，统一口径。',
    '2.0版上线后好评如潮。',
    'TensorRT 8.5新特性适配后模型性能提升。',
    'Upgrading to Kubernetes 1.28 improved scheduling.',
    'Moving the site to Node 20 made builds faster.',
    '官网改用 Nuxt 3 优化开发体验。',
  ])('%s', (text) => {
    expect(quantities(text)).toEqual([]);
  });
});

describe('helpers', () => {
  it('folds full-width ASCII without changing lengths', () => {
    expect(foldWidth('１２％，ＡＢ')).toBe('12%,AB');
  });
  it('hasQuantity', () => {
    expect(hasQuantity('满意度提升5个百分点', vocabulary)).toBe(true);
    expect(hasQuantity('满意度显著提升', vocabulary)).toBe(false);
  });
});
