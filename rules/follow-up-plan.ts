import path from 'node:path';
import type { Range, SummaryDoc, Vocabulary } from '../src/types.js';
import { defineRule } from '../src/types.js';
import { collectActionItems, type ActionItem } from './utils/action-items.js';
import { keyTermsOf, lineTermsOf, overlap, termCount, type KeyTerms } from './utils/key-terms.js';
import { ownerFinder } from './utils/owners.js';

export interface FollowUpPlanOptions {
  share?: number;
  statusShare?: number;
}

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/follow-up-plan.md';

/** A line of this summary that may answer an old item: a sentence, or a whole table row (a status table). */
interface Unit {
  terms: KeyTerms;
  pairs: Set<string>;
  text: string;
  /** Whether it names a status ("done", 已完成): read only for a line that shares terms with an item. */
  status?: boolean;
}

/** The lines of a summary, and by key term (`k:` meaning, `w:` word, `p:` Han pair) the lines that have it. */
interface Units {
  units: Unit[];
  byTerm: Map<string, number[]>;
}

/** The key terms of an old item, worked out once: its terms, how many, its owners' names. */
interface Wanted {
  terms: KeyTerms;
  count: number;
  ownerNames: string[];
}

const termsOf = (terms: KeyTerms, pairs: Iterable<string>) => [
  ...[...terms.keys].map((k) => `k:${k}`),
  ...[...terms.words].map((w) => `w:${w}`),
  ...[...pairs].map((p) => `p:${p}`),
];

/** The lines of `doc` with their terms, indexed by the terms in `wanted` only (an item looks for nothing else). */
function unitsOf(doc: SummaryDoc, vocabulary: Vocabulary, wanted: ReadonlySet<string>): Units {
  const title = doc.title?.range;
  const texts = [
    ...doc.sentences.filter((s) => !title || s.range[0] < title[0] || s.range[0] >= title[1]).map((s) => s.text),
    ...doc.items.filter((item) => item.kind === 'row').map((item) => item.text),
  ];
  const byTerm = new Map<string, number[]>();
  const index = (term: string, i: number) => {
    if (!wanted.has(term)) return;
    const list = byTerm.get(term);
    if (list) list.push(i);
    else byTerm.set(term, [i]);
  };
  const units = texts.map((text, i) => {
    const terms = lineTermsOf(text, vocabulary);
    const pairs = new Set<string>();
    for (const run of terms.runs) for (const pair of run) pairs.add(pair);
    for (const key of terms.keys) index(`k:${key}`, i);
    for (const word of terms.words) index(`w:${word}`, i);
    for (const pair of pairs) index(`p:${pair}`, i);
    return { terms, pairs, text };
  });
  return { units, byTerm };
}

/** The lines that share a key term with `terms`: only they can answer the item (so the time is not items × lines). */
function candidates({ units, byTerm }: Units, terms: KeyTerms): Unit[] {
  const found = new Set<number>();
  for (const term of termsOf(terms, terms.runs.flat())) for (const i of byTerm.get(term) ?? []) found.add(i);
  return [...found].map((i) => units[i]);
}

/** Where to report: this summary's results heading, else its plan heading, else its title. */
function reportRange(doc: SummaryDoc): Range {
  const section = doc.sectionsWithRole('results')[0] ?? doc.sectionsWithRole('plan')[0];
  return section?.titleRange ?? doc.title?.range ?? [0, 0];
}

export default defineRule<FollowUpPlanOptions>({
  meta: {
    id: 'follow-up-plan',
    description: 'Require each action item of the previous summary\'s plan to be followed up',
    docs: {
      why:
        'A plan is only worth writing if the next summary says what became of it: done, slipped (and why), dropped (and why) or carried over. ' +
        'The previous summary of the same series is found from the front matter (`team` or `author`, and `period`), from a path pattern in config `series.patterns` (`reports/{team}/{yyyy}-{mm}.md`), or from a file name that ends in a period (`weekly-2026-W46.md` follows `weekly-2026-W45.md` in the same folder); `--previous FILE` names it. ' +
        'Its action items are those `require-action-owner` reads. An item counts as answered when a sentence or a table row here has enough of its key words: its work words (matched across English and Chinese: "migrate" and 迁移, "reduce" and "shrank"), its other words, abbreviations and version numbers, with dates, owners and filler left out; two in five of them, or a third when the line also names the item\'s owner or a status ("done", "delayed", 已完成, 延期, 顺延), and two at least. The item\'s figures ("within 5 working days", "from 40 to 32") count beside a shared word ("August closed in 5 working days"), never alone, and an item with figures needs no more words than one without. ' +
        'Each unanswered item is reported once, at this summary\'s results heading (else its plan heading, else its title), quoting the item and naming the previous file and line.',
      url: DOCS_URL,
    },
    level: 'warn',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        share: { description: 'Share of an item\'s key words a line must have to answer it.', type: 'number', exclusiveMinimum: 0, maximum: 1 },
        statusShare: { description: 'The share when the line also names the item\'s owner or a status word (`follow-up-status`).', type: 'number', exclusiveMinimum: 0, maximum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { share: 0.4, statusShare: 0.33 },
    messages: {
      unanswered: {
        en: 'Last period\'s plan item "{{item}}" ({{previous}}, line {{line}}) is not followed up here: say what became of it, e.g. "done on Nov 18", "slipped to December because …", "dropped: …" or "carried over"',
        'zh-Hans': '上期计划“{{item}}”（{{previous}} 第{{line}}行）在本期没有下文：请说明结果，如“已于11月18日完成”“延期到12月，原因是……”“取消，因为……”或“顺延到下月”',
      },
    },
    examples: [
      {
        title: 'an item of last month\'s plan not mentioned',
        lang: 'en',
        previous: {
          path: 'support-2026-10.md',
          markdown:
            '---\nteam: support\nperiod: 2026-10\n---\n# Support Team, October 2026\n\nWe closed 1,180 tickets.\n\n## Next month\n\n- Alice to migrate the help centre to the new CMS by Nov 20\n- Bob to hire a night-shift agent by Nov 30\n- Dana to publish the refund runbook by Nov 15\n',
        },
        markdown:
          '---\nteam: support\nperiod: 2026-11\n---\n# Support Team, November 2026\n\nWe closed 1,240 tickets, 5% more than in October.\n\n## Results <!-- expect: follow-up-plan -->\n\n- The help centre migration to the new CMS was done on Nov 18 (Alice).\n- The night-shift hire slipped to December: the first candidate declined the offer.\n\n## Problems\n\nTwo night tickets waited 11 hours because the rota had a gap.\n\n## Next month\n\n- Bob to hire a night-shift agent by Dec 15\n',
      },
      {
        title: '上月计划逐项有交代',
        lang: 'zh',
        previous: {
          path: '市场部-2026-10.md',
          markdown:
            '---\nteam: 市场部\nperiod: 2026-10\n---\n# 市场部10月工作总结\n\n本月销售额120万元。\n\n## 下月计划\n\n1. 王敏负责11月15日前完成CRM系统迁移\n2. 李强11月底前拜访华东区10家重点客户\n',
        },
        markdown:
          '---\nteam: 市场部\nperiod: 2026-11\n---\n# 市场部11月工作总结\n\n本月销售额132万元，比10月增长10%。\n\n## 主要成绩\n\n- CRM系统迁移已于11月12日完成（王敏）\n- 李强拜访华东区重点客户8家（计划10家），余下2家顺延到12月\n\n## 存在的问题\n\n回款周期延长到75天，原因是两家大客户调整了付款流程。\n\n## 下月计划\n\n1. 李强12月10日前拜访余下的2家重点客户\n',
      },
      {
        title: '繁體：上月計畫沒有下文',
        lang: 'zh-Hant',
        previous: {
          path: '客服部-2026-10.md',
          markdown:
            '---\nteam: 客服部\nperiod: 2026-10\n---\n# 客服部10月工作總結\n\n本月處理工單1180張。\n\n## 下月計畫\n\n- 陳怡11月20日前上線新版知識庫\n- 林志明11月底前完成夜班客服招聘\n',
        },
        markdown:
          '---\nteam: 客服部\nperiod: 2026-11\n---\n# 客服部11月工作總結\n\n本月處理工單1240張，比10月多5%。\n\n## 主要成績 <!-- expect: follow-up-plan -->\n\n- 新版知識庫已於11月18日上線（陳怡）\n\n## 存在的問題\n\n夜班有兩張工單等待了11小時，原因是排班有空缺。\n\n## 下月計畫\n\n- 林志明12月15日前補齊夜班排班\n',
      },
    ],
  },

  readsPrevious: true,

  check(doc, context) {
    const previous = context.previous;
    if (!previous) return;
    const { vocabulary } = context;
    const roots = collectActionItems(previous.doc, { vocabulary });
    if (roots.length === 0) return;
    const share = context.options.share ?? 0.4;
    const statusShare = context.options.statusShare ?? 0.33;
    const owners = ownerFinder(vocabulary, Array.isArray(context.settings.roster) ? (context.settings.roster as string[]) : []);

    // Each item's terms first, so that this summary's lines are indexed by those terms alone.
    const wanted = new Map<ActionItem, Wanted>();
    const want = (action: ActionItem) => {
      const names = owners.find(action.text).filter((o) => o.how !== 'self' && o.how !== 'role');
      const terms = keyTermsOf(action.text, vocabulary, names.map((o) => [o.start, o.end] as const));
      const ownerNames = names.map((o) => vocabulary.normalize(o.name.replace(/^@/, '')).trim()).filter(Boolean);
      wanted.set(action, { terms, count: termCount(terms), ownerNames });
      action.children.forEach(want);
    };
    roots.forEach(want);
    const units = unitsOf(doc, vocabulary, new Set([...wanted.values()].flatMap((w) => termsOf(w.terms, w.terms.runs.flat()))));

    const answered = (action: ActionItem): boolean => {
      const { terms, count, ownerNames } = wanted.get(action)!;
      const matches = count > 0 && candidates(units, terms).some((unit) => {
        const score = overlap(terms, unit.terms, unit.pairs);
        if (score === 0) return false;
        unit.status ??= vocabulary.has('follow-up-status', unit.text);
        const relaxed = unit.status || ownerNames.some((name) => vocabulary.normalize(unit.text).includes(name));
        // Two key words at least: one alone ("tickets" in a support team's summary) names no item.
        return score >= Math.max(count * (relaxed ? statusShare : share), Math.min(2, count)) - 1e-9;
      });
      return matches || action.children.some(answered);
    };

    const range = reportRange(doc);
    const from = doc.path ? path.dirname(doc.path) : process.cwd();
    const previousName = path.relative(from, previous.path).split(path.sep).join('/');
    for (const action of roots) {
      if (answered(action)) continue;
      const line = previous.doc.pointAt(action.range[0]).line;
      context.report({ messageId: 'unanswered', range, data: { item: action.label, previous: previousName, line } });
    }
  },
});
