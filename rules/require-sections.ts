import { languageCodes, languageOfLocale } from '../src/languages/index.js';
import { hasHan } from '../src/text/han.js';
import { matchListNumber } from '../src/text/list-numbers.js';
import { phraseLang } from '../src/text/script.js';
import { isPlanTitle } from './utils/action-items.js';
import { insertSection } from './utils/fixes.js';
import { isFirstPersonSingular, ownerFinder } from './utils/owners.js';
import { LABEL, minutesSign } from '../src/kinds/minutes-signs.js';
import { DEFAULT_REQUIRED } from '../src/templates.js';
import { defineRule, type ConceptChange, type Range, type Section, type SummaryDoc, type Vocabulary } from '../src/types.js';

export interface RequireSectionsOptions {
  /** Section roles the summary must have. */
  required: string[];
  /** Check that sections come in this order (`true`: the order of `required`). */
  order: boolean | string[];
  /** Custom roles and the headings that name them, e.g. `{ "accounts": ["Customer accounts", "客户资源管理"] }`. */
  roles: Record<string, string[]>;
  /** The heading a missing section's message suggests, per role and language (a kind's headings). */
  headings?: Record<string, Partial<Record<string, string>>>;
  /** What a section of a role must state: `attainment` (actual against target) or `counts` (customer counts). */
  mustState?: Record<string, 'attainment' | 'counts'>;
  /** A role whose section a sentence with one of a concept's words stands for (minutes' decisions: "We agreed …"). */
  inProse?: Record<string, string>;
  /** Roles whose sections answer for another role (a sales target review holds its results: `{"results": ["targets"]}`). */
  satisfiedBy?: Record<string, string[]>;
}

const DOCS_URL = 'https://github.com/summarylint/summarylint/blob/main/docs/rules/require-sections.md';

export default defineRule<RequireSectionsOptions>({
  meta: {
    id: 'require-sections',
    description: 'Require the sections a reader needs: overview, results, problems and plan',
    docs: {
      why: 'A summary that only lists achievements hides what went wrong and what happens next; readers look for the overview, the results against targets, the problems with their causes, and the plan. Minutes, newsletters and news releases (their title, "…大赛圆满落幕", or their "Agenda"/"Attendees" sections say so) owe a plan but no overview, results or problems section, though a community\'s year-end summary ("社区的年终总结") is a summary and owes them all; a plan whose title says so ("Docs team OKRs", "2027年工作计划") owes no problems section. A section needs no heading where the body already holds it: a plan where the body hands out work (two table cells that name an owner with a label, "Owner: Dana", "责任人：黄山"; unchecked tasks; two sentences with a clause that promises work, "…, we will move the cache"); problems where three sentences tell a problem or a setback with its cause or impact ("Conversions are so low because …"), where a personal summary tells one so or three at all (a reflection on the writer\'s own year), or where a review of past goals names a missed one; an overview where front matter describes the document or the body opens on its highlights; results in a table with a column of actual figures (an OKR sheet\'s scores); minutes\' decisions in three checked-off items ("- [x] Venue: …"). A section whose only content is a table with blank rows (a template\'s "| Description | Owner |") is empty; "原计划：" or "Original plan:" heads what was planned, not a plan. A closing line names the text above it ("以上就是我这三个月的主要工作、成效", "Those were my main achievements"). A numbered paragraph that runs its title into its text ("（一）主要成果。上线…", "Second, problems. Two …") names its role as a heading would.',
      url: DOCS_URL,
    },
    level: 'error',
    languages: ['en', 'zh'],
    schema: {
      type: 'object',
      properties: {
        required: {
          description: 'Section roles the summary must have (`overview`, `results`, `problems`, `lessons`, `plan`, `customers`, `appendix`, or a custom role).',
          type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' }, uniqueItems: true,
        },
        order: {
          description: 'Warn when sections come out of order: `true` checks the order of `required`; a list of roles checks that order.',
          oneOf: [{ type: 'boolean' }, { type: 'array', items: { type: 'string' }, uniqueItems: true }],
        },
        roles: {
          description: 'Custom roles and the headings that name them (English or Chinese), e.g. `{"accounts": ["Customer accounts", "客户资源管理"]}`.',
          type: 'object', additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
          propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
        },
        headings: {
          description: 'The heading a missing section\'s message suggests, per role and language, e.g. `{"plan": {"en": "Action items", "zh": "待办事项"}}` (set by a kind of summary).',
          type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
        },
        mustState: {
          description: 'What the section of a role must state: `attainment` (the actual result against the target, or an attainment rate) or `counts` (how many customers were new, lost or key), e.g. `{"targets": "attainment", "customers": "counts"}` (the sales kind sets it).',
          type: 'object', additionalProperties: { enum: ['attainment', 'counts'] },
        },
        satisfiedBy: {
          description: 'Roles whose sections answer for another role, e.g. `{"results": ["targets"]}`: a target review holds the results (the sales kind sets it). A lessons section always answers for problems.',
          type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } },
        },
        inProse: {
          description: 'Roles whose section a sentence holding one of a vocabulary concept\'s words stands for, e.g. `{"decisions": "decision"}` (the minutes kind sets it).',
          type: 'object', additionalProperties: { type: 'string' },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { required: [...DEFAULT_REQUIRED], order: false, roles: {} },
    messages: {
      missing: {
        en: 'Missing the {{section}} section: add a heading such as "{{heading}}"',
        'zh-Hans': '缺少“{{heading}}”部分：请添加一个“{{heading}}”标题并写明内容',
      },
      empty: {
        en: 'Section "{{title}}" is empty: write its {{section}} or remove the heading',
        'zh-Hans': '“{{title}}”部分是空的：请补充内容或删去这个标题',
      },
      attainment: {
        en: 'Section "{{title}}" does not set the actual result against the target: give the target, the actual and the attainment, for example "Revenue 4.2 million against a target of 5 million (84%)"',
        'zh-Hans': '“{{title}}”部分没有写明实际与目标的对比：请写出目标、实际完成和达成率，例如“销售额420万元，目标500万元，达成率84%”',
      },
      counts: {
        en: 'Section "{{title}}" gives no customer counts: say how many accounts were new, lost and key, for example "12 new accounts, 3 lost, 8 key accounts"',
        'zh-Hans': '“{{title}}”部分没有写明客户数量：请写出新增、流失和重点客户各有多少，例如“新增客户12家，流失3家，重点客户8家”',
      },
      order: {
        en: 'Section "{{title}}" ({{section}}) comes before "{{next}}" ({{nextSection}}): move it after "{{next}}"',
        'zh-Hans': '“{{title}}”部分排在“{{next}}”之前：请把它移到“{{next}}”之后',
      },
    },
    examples: [
      {
        title: 'a summary that hides its problems',
        lang: 'en',
        markdown: '# Q3 Support Report <!-- expect: require-sections -->\n\nTicket volume fell 12% while the team stayed at six people.\n\n## Results\n\nFirst response time dropped from 9 to 4 hours.\n\n## Next steps\n\n- Hire one agent for the night shift (owner: Dana, by 30 November)\n',
      },
      {
        title: '缺少计划部分',
        lang: 'zh',
        markdown: '# 2024年第三季度客服工作总结 <!-- expect: require-sections -->\n\n本季度工单量下降12%。\n\n## 主要成果\n\n首次响应时间由9小时缩短到4小时。\n\n## 存在的问题\n\n夜班人手不足，因为两名员工离职。\n',
      },
      {
        title: '段落式標題（繁體）',
        lang: 'zh-Hant',
        markdown: '2024年度銷售工作總結\n\n一、總體概況\n\n全年銷售額1200萬元，同比增長8%，完成年度目標的102%。\n\n二、主要成績\n\n新客戶增加35家。\n\n三、存在的問題\n\n回款週期延長到90天，原因是大客戶付款審批變慢。\n\n四、明年計劃\n\n銷售經理王敏負責，3月底前把回款週期縮短到60天。\n',
      },
    ],
  },

  /** Custom roles become section synonyms before the document is parsed, so sections get these roles. */
  vocabulary({ roles }) {
    // Each heading in its own language: "Customer accounts" is English, 客户资源管理 Chinese.
    const changes: Record<string, Record<string, ConceptChange>> = Object.fromEntries(languageCodes().map((code) => [code, {}]));
    for (const [role, headings] of Object.entries(roles)) {
      for (const code of languageCodes()) changes[code][`section.${role}`] = { add: headings.filter((h) => phraseLang(h) === code) };
    }
    return changes;
  },

  check(doc, context) {
    const { required, order, headings = {}, mustState = {}, inProse = {}, satisfiedBy = {} } = context.options;
    const at = reportPlace(doc);
    const lang = languageOfLocale(context.locale);
    const heading = (role: string) => headings[role]?.[lang] ?? headingFor(context.vocabulary.entries(`section.${role}`, lang), role, context.locale === 'en');

    // A title that names a role ("PLCT开源进展", "Project Operations WG OKRs") says what the whole body is.
    const titleRoles = doc.title ? context.vocabulary.rolesOfTitle(doc.title.text) : [];
    const labelled = labelRoles(doc, context.vocabulary);
    // Sections named after a topic ("Usage Trends", "镜像更新", "2018-06-16 UPDATE3") report on it: results, unless the
    // title says what the whole body is ("… OKRs": the topics are goals).
    const topics = titleRoles.every((r) => r === 'results') && doc.sections.some((s) => isTopicSection(doc, s));
    // Unchecked task items ("- [ ] send the invitations") and sentences that open on a plan's time ("Next week, I
    // will …", "[Next year](…), our funding …") are a plan whatever their heading says.
    if (hasPlanContent(doc, context.vocabulary)) labelled.add('plan');
    // Problems told with their cause or their impact in the body's prose, or a missed goal named in a review of the
    // past goals, are a problems section without a heading.
    if (tellsProblems(doc, context.vocabulary)) labelled.add('problems');
    // Checked-off items of minutes ("- [x] Venue: …", "- [x] 時間：2/8") record what was settled.
    if (doc.items.filter((item) => item.checked === true).length >= SETTLED_ITEMS) labelled.add('decisions');
    // A table with a column of actual figures (an OKR sheet's "Mid-Q Actual" scores) reports the results.
    if (tabulatesActuals(doc, context.vocabulary)) labelled.add('results');
    const owed = owedRoles(doc, context.vocabulary);
    for (const role of required) {
      if (!owed(role)) continue;
      // Lessons are what the problems taught: a "Lessons learned" section answers for the problems.
      const standIns = [...(satisfiedBy[role] ?? []), ...(role === 'problems' ? ['lessons'] : [])];
      const sections = [role, ...standIns].flatMap((r) => doc.sectionsWithRole(r));
      if (sections.length === 0) {
        if (role === 'overview' && doc.intro.some((b) => b.prose.text.trim())) continue;
        // Front matter that describes the document ("description: 本文适用于…") is its overview.
        if (role === 'overview' && OVERVIEW_FIELDS.some((key) => typeof doc.frontMatter?.data[key] === 'string' && (doc.frontMatter.data[key] as string).trim())) continue;
        // A body that opens on a recap ("Highlights from the past year", 回顧 2023 年目標) gives the overview there.
        if (role === 'overview' && opensOnRecap(doc, context.vocabulary)) continue;
        // The title speaks for the text under it, not for sections that name roles of their own ("Weekly status"
        // over only "Blockers" and "Next week" has no results).
        if (titleRoles.includes(role) && (doc.intro.some((b) => b.prose.text.trim()) || doc.sections.some((s) => isTopicSection(doc, s)))) continue;
        if ([role, ...standIns].some((r) => labelled.has(r)) || (role === 'results' && topics)) continue;
        if (inProse[role] && doc.sentences.some((s) => !s.block.isTitle && context.vocabulary.has(inProse[role], s.text))) continue;
        // Work handed out in a table of topics ("遗留问题：… 责任人：黄山", "Open item: … Owner: Dana") is a plan without a heading.
        if (role === 'plan' && assignsWork(doc, context.vocabulary)) continue;
        // What the section must state, stated elsewhere ("Revenue 4.2M, 84% of target" in the overview): the reader has it.
        if (mustState[role] && states(doc, doc.root, mustState[role], context.vocabulary)) continue;
        const fix = insertSection(doc, role, heading(role), Array.isArray(order) ? order : required, context.locale);
        context.report({ messageId: 'missing', range: at, data: { section: role, heading: heading(role) }, fix });
        continue;
      }
      if (sections.every((s) => isEmpty(doc, s))) {
        const first = sections[0];
        context.report({ messageId: 'empty', range: first.titleRange, data: { section: role, title: first.title, reason: 'empty' } });
        continue;
      }
      const check = mustState[role];
      const own = doc.sectionsWithRole(role);
      if (check && own.length > 0 && !own.some((s) => states(doc, s, check, context.vocabulary))) {
        const first = sections[0];
        context.report({ messageId: check, range: first.titleRange, data: { section: role, title: first.title } });
      }
    }

    if (order) {
      // Report a section that comes before one it should follow, naming the first such section.
      const sequence = order === true ? required : order;
      const ranked = doc.sections.flatMap((section) => {
        const role = section.roles.find((r) => sequence.includes(r));
        return role ? [{ section, role, rank: sequence.indexOf(role) }] : [];
      });
      ranked.forEach((entry, i) => {
        const later = ranked.slice(i + 1).find((other) => other.rank < entry.rank);
        if (!later) return;
        context.report({
          messageId: 'order',
          range: entry.section.titleRange,
          data: { section: entry.role, title: entry.section.title, next: later.section.title, nextSection: later.role },
        });
      });
    }
  },
});

/** Whole-document findings go on the title, or 1:1 when there is none. */
function reportPlace(doc: SummaryDoc): Range {
  if (!doc.title) return [0, 0];
  const [start, end] = doc.title.range;
  const lineEnd = doc.text.indexOf('\n', start);
  return [start, lineEnd === -1 ? end : Math.min(end, lineEnd)];
}


function isShortLabel(text: string): boolean {
  const t = text.trim();
  if (!t || /[。！？!?；;，,]/u.test(t)) return false;
  return hasHan(t) ? t.length <= 10 : t.length <= 40 && t.split(/\s+/u).length <= 6;
}

/**
 * Roles named by labels inside the body rather than by headings: a paragraph or an item that opens with a
 * short label and a colon ("**Minus:** lost two days …", "What went wrong: …", "难点与对策：…"), and a list item
 * that is only a short title over its sub-items or paragraphs ("- 遇到的困难" with the difficulties below it).
 */
function labelRoles(doc: SummaryDoc, vocabulary: Vocabulary): Set<string> {
  const roles = new Set<string>();
  for (const block of doc.blocks) {
    if (block.isTitle || (block.kind !== 'paragraph' && block.kind !== 'heading')) continue;
    // Only the first block of an item carries its label.
    if (block.item && block.item.blocks[0] !== block) continue;
    const text = block.prose.text.replace(/[*_`]/gu, '');
    const m = LABEL.exec(text);
    let label = m && isShortLabel(m[1]) ? m[1] : undefined;
    if (!label && block.item && (block.item.children.length > 0 || block.item.blocks.length > 1) && isShortLabel(text) && !text.includes('\n')) label = text;
    // "Next Step/Followup", "Risks & blockers": each part names a role.
    // A title on a line of its own over the text it heads, set as plain text ("H. Key learnings" / 经验教训).
    // An enumerated line ("I. Next steps …") is read as an item: its first line is the title when text follows in it.
    if (!label && (!block.item || text.includes('\n'))) {
      const first = text.split('\n')[0].replace(/^\s*(?:[A-Za-z]|\d{1,2})[.)、]\s+/u, '').replace(/\s*[(（][^)）]*[)）]\s*$/u, '');
      const follows = text.includes('\n') || doc.blocks[doc.blocks.indexOf(block) + 1] !== undefined;
      const words = first.trim().split(/\s+/u).length;
      if (follows && !/[.。]$/u.test(first) && (isShortLabel(first) || (!hasHan(first) && words <= 9 && !/[,;!?]/u.test(first)))) label = first;
    }
    // A numbered paragraph that runs its title into its text, pasted from Word: "（一）主要成果。上线…", "Second, problems. Two …".
    if (!label) label = runInTitle(text, vocabulary);
    if (label) for (const part of [label, ...label.split(/\s*[/&＆、]\s*/u)]) for (const role of vocabulary.rolesOfTitle(part.trim())) roles.add(role);
    // A lead-out under the text it closes: its first clause names what that text was ("以上就是我这三个月的主要工作、成效，…").
    const leadOut = vocabulary.find('lead-out', text.slice(0, 12)).find((hit) => hit.start === 0);
    if (leadOut && !block.item) {
      const clause = text.slice(leadOut.end).split(/[,，;；。.!?！？:：]/u)[0].trim();
      if (isShortClause(clause)) for (const role of vocabulary.rolesOfTitle(clause)) roles.add(role);
    }
    // A lead-in over a list: its last clause names what the list is ("…，接下来的工作计划如下：").
    const next = doc.blocks[doc.blocks.indexOf(block) + 1];
    if (!block.item && /[:：]\s*$/u.test(text) && next?.item && next.item.blocks[0] === next) {
      const clause = text.replace(/[:：]\s*$/u, '').split(/[,，;；。.!?！？]/u).pop()!.trim();
      if (isShortClause(clause)) for (const role of vocabulary.rolesOfTitle(clause)) roles.add(role);
    }
  }
  return roles;
}

/** A clause short enough to name what a text is, as a title would: longer ones say something of their own. */
function isShortClause(clause: string): boolean {
  return hasHan(clause) ? clause.length <= 24 : clause.split(/\s+/u).length <= 8;
}

/** The title a numbered or ordinal paragraph opens with and ends with a full stop before its text runs on. */
function runInTitle(text: string, vocabulary: Vocabulary): string | undefined {
  const number = matchListNumber(text, vocabulary);
  if (!number) return undefined;
  const m = /^([^\n。.!?！？]+)(?:。|\.\s)\s*\S/u.exec(text.slice(number.length));
  return m && isShortLabel(m[1]) && (hasHan(m[1]) || m[1].trim().split(/\s+/u).length <= RUN_IN_WORDS) ? m[1].trim() : undefined;
}

/** Words of an English run-in title: more would be a sentence ("Second, the results were poor"). */
const RUN_IN_WORDS = 4;

/**
 * Task items left unchecked, sentences that promise work ("We will prepare the launch in May", "- Nicole: will
 * schedule it", 我们计划下月…), or a sentence whose opening words before a comma name what comes next ("Next week, …").
 */
function hasPlanContent(doc: SummaryDoc, vocabulary: Vocabulary): boolean {
  if (doc.items.some((item) => item.checked === false)) return true;
  // One promise could be a passing remark; two make a plan, wherever they stand.
  const promised = doc.sentences.filter((sentence) => {
    if (sentence.block.isTitle || sentence.block.quoted || /[?？]\s*$/u.test(sentence.text)) return false;
    const text = sentence.text.replace(/[*_`]/gu, '').replace(LABEL, (all, label: string) => (isShortLabel(label) ? '' : all)).trimStart();
    // The promise may open any clause ("Along with this, I will publish …", "问题仍然存在，我们将继续排查"); a promise
    // about the document itself ("In this column we will …") describes it.
    const opens = (t: string) => vocabulary.find('plan-opener', t.trimStart().slice(0, 20)).some((hit) => hit.start === 0);
    return text.split(/[,，;；]/u).some(opens) && !vocabulary.has('document-self', text);
  });
  if (promised.length >= PROMISES) return true;
  return doc.sentences.some((sentence) => {
    const m = /^\s*([^,，:：。.!?！？]{2,30}?)\s*[,，]/u.exec(sentence.text.replace(/[*_`[\]]/gu, ''));
    if (!m) return false;
    const opener = m[1].trim();
    if (!isShortOpener(opener)) return false;
    return vocabulary.find('plan-opener', opener).some((hit) => hit.start === 0);
  });
}

/** A few words before a comma that open a sentence: "Next week", "Along with this", 此外. */
function isShortOpener(text: string): boolean {
  const t = text.trim();
  return hasHan(t) ? t.length <= 8 : t.split(/\s+/u).length <= 4;
}

/**
 * Whether two or more table cells name an owner with a label ("Owner: Dana", "责任人：黄山"): minutes that record their
 * follow-ups in the table of topics. (A list under a heading no word list knows stays a list: its heading is the gap.)
 */
function assignsWork(doc: SummaryDoc, vocabulary: Vocabulary): boolean {
  const finder = ownerFinder(vocabulary);
  let assigned = 0;
  for (const block of doc.blocks) {
    if (block.kind !== 'tableCell' || !finder.labels(block.prose.text).some((label) => !label.placeholder)) continue;
    if (++assigned >= ASSIGNMENTS) return true;
  }
  return false;
}

/** Cells with a labelled owner that make a plan: one could be a header field ("负责人 | 王敏" over the report). */
const ASSIGNMENTS = 2;

/** Sentences that promise work and make a plan without a heading. */
const PROMISES = 2;

/**
 * Whether the body tells its problems without a heading: sentences, outside quotes and the title, that name a problem
 * or a setback (a drop, a lack, a struggle) together with its cause or its impact, or one that names a missed goal in
 * a section reviewing the past goals ("Performance against past goals": "We failed to add new maintainers"). A
 * personal summary reflects on the writer's own year: one explained problem, or three told at all ("去年计划学习Go语言又
 * 搁置了"), are its problems section.
 */
function tellsProblems(doc: SummaryDoc, vocabulary: Vocabulary): boolean {
  const personal = isFirstPersonSingular(doc, vocabulary);
  let explained = 0;
  let told = 0;
  for (const sentence of doc.sentences) {
    if (sentence.block.isTitle || sentence.block.quoted) continue;
    // A fall of a measure where lower is better ("build time fell", 投诉下降) is good news.
    const goodFall = vocabulary.has('lower-is-better', sentence.text);
    const problems = [...vocabulary.find('problem', sentence.text), ...vocabulary.find('setback', sentence.text)].filter((p) => !isGuarded(sentence.text, p, vocabulary) && !(goodFall && p.info.kind === 'decline'));
    if (problems.length === 0) continue;
    if (reviewsGoals(sentence.block.section, vocabulary)) return true;
    if (personal && ++told >= PROBLEMS_IN_PROSE) return true;
    // The cause or the impact is other words than the problem's own ("缺少" is a lack and may be a cause: not both at once).
    const explains = [...vocabulary.find('cause', sentence.text), ...vocabulary.find('impact', sentence.text)].some((hit) => !problems.some((p) => p.start < hit.end && hit.start < p.end));
    if (explains && ++explained >= (personal ? 1 : PROBLEMS_IN_PROSE)) return true;
  }
  return false;
}

/** A problem word right after a guard in its clause ("可能存在一些问题", "no delays"): a possibility or a denial, no problem. */
function isGuarded(text: string, problem: { start: number; end: number }, vocabulary: Vocabulary): boolean {
  return vocabulary.find('problem-guard', text).some((g) => {
    const where = g.info.where ?? 'before';
    return (where === 'before' || where === 'both') && g.end <= problem.start && problem.start - g.end <= GUARD_REACH && !/[,，;；:：。.!?！？]/u.test(text.slice(g.end, problem.start));
  });
}

/** How many characters a guard reaches forward to the problem word it guards. */
const GUARD_REACH = 8;

/** Sentences of problems that make a problems section (explained ones, or a person's own at all): one could be a passing remark. */
const PROBLEMS_IN_PROSE = 3;

/** Whether a section, or one it lies in, reviews the past period's goals. */
function reviewsGoals(section: Section | undefined, vocabulary: Vocabulary): boolean {
  for (let at = section; at; at = at.parent) if (at.kind !== 'root' && vocabulary.has('goal-review', at.title)) return true;
  return false;
}

/** Checked task items that record settled matters: one or two could be a to-do list's progress. */
const SETTLED_ITEMS = 3;

/** Whether a table row gives a figure under a column of actuals ("Actual", "Mid-Q Actual", 实际完成). */
function tabulatesActuals(doc: SummaryDoc, vocabulary: Vocabulary): boolean {
  return doc.items.some((item) => item.kind === 'row' && (item.columns ?? []).some((column, i) => {
    if (!vocabulary.has('actual', column)) return false;
    const cell = item.blocks[i]?.prose.text ?? '';
    return /\p{Nd}/u.test(cell);
  }));
}

/**
 * Meeting minutes and notes record what was said and decided, and a community's newsletter or year in review
 * reports its news: they owe a plan, but no problems section, no overview over their record and no results
 * section apart from the record itself. Told by the title's words, or for minutes by what only minutes have; a
 * community's own summary of its year is a summary.
 * A plan document owes no problems section.
 */
function owedRoles(doc: SummaryDoc, vocabulary: Vocabulary): (role: string) => boolean {
  const title = doc.title?.text ?? '';
  // A community's name says whose document it is, not what it is: its year-end summary ("社区的年终总结") reviews a year.
  const recordTitle = vocabulary.find('record-title', title).some((hit) => hit.info.kind !== 'owner' || !vocabulary.has('summary-title', title));
  const record = recordTitle || minutesSign(doc, vocabulary) !== undefined;
  // A plan ("Project Operations WG OKRs", "2025年工作计划") looks ahead: it owes the results it scores, not problems.
  const plan = doc.title !== undefined && isPlanTitle(doc.title.text, vocabulary);
  return (role) => !((role === 'problems' || role === 'overview' || role === 'results') && record) && !(role === 'problems' && plan);
}

/**
 * The body opens on a recap: its first section after the title, or the first one nested in it, is one ("Highlights",
 * 回顾, a template's fixed question answered first: "1. What work did the SIG do this year that should be
 * highlighted?"): the reader gets the gist first.
 */
function opensOnRecap(doc: SummaryDoc, vocabulary: Vocabulary): boolean {
  const titleStart = doc.title?.range[0];
  const first = doc.sections.find((s) => s.titleRange[0] !== titleStart && s.range[0] >= (doc.title?.range[1] ?? 0));
  return [first, first?.children[0]].some((s) => s !== undefined && vocabulary.has('recap', s.title) && !isEmpty(doc, s));
}

/** A section whose title names no role (nor does any section around it) and that holds text of its own. */
function isTopicSection(doc: SummaryDoc, section: Section): boolean {
  if (doc.title && doc.title.range[0] === section.titleRange[0]) return false;
  if (doc.roleOf(section) !== undefined) return false;
  return section.blocks.some((b) => !b.isTitle && b.prose.text.trim().length > 0);
}

/** Digits, or number words ("twelve", 十二): what makes a count or an amount. */
const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*|[一二三四五六七八九十两百千万]+(?=[家个位名%％])/gu;

/**
 * Whether a section states what its kind asks of it: `attainment`, a sentence that sets an actual result against
 * its target (an attainment word with two numbers, or a rate word such as 达成率 with one); `counts`, a sentence
 * with a number and a word of customer counts (new, lost, key accounts).
 */
function states(doc: SummaryDoc, section: Section, check: 'attainment' | 'counts', vocabulary: Vocabulary): boolean {
  const [start, end] = section.range;
  // A plan's targets are no results: they state what is to come.
  const inPlan = (at: Section) => doc.roleOf(at) === 'plan';
  const sentences = doc.sentences.filter((s) => !s.block.isTitle && s.range[0] >= start && s.range[1] <= end && !inPlan(s.block.section));
  const numbers = (text: string) => (text.match(NUMBER)?.length ?? 0) + vocabulary.find('quantity-word', text).length;
  const concept = check === 'counts' ? 'account-count' : 'target-review';
  // A table row counts with its header: "| New customers | 12 | 14 |", "| 销售额 | 目标 115万元 | 实际 124万元 |".
  const rows = doc.items.filter((item) => item.kind === 'row' && item.range[0] >= start && item.range[1] <= end && !inPlan(item.section)).map((item) => `${(item.columns ?? []).join(' ')} ${item.text}`);
  return [...sentences.map((s) => s.text), ...rows].some((text) => {
    if (!vocabulary.has(concept, text)) return false;
    if (check === 'counts') return numbers(text) > 0;
    return numbers(text) >= 2 || (/%|％|percent|成/u.test(text) && numbers(text) > 0);
  });
}

/** Front matter fields that say what the document is about. */
const OVERVIEW_FIELDS = ['description', 'summary', 'abstract'];

/**
 * A section is empty when neither prose nor a picture lies between its title and the next section of its rank. A
 * table whose rows are all blank is a template's header left unfilled ("| Description | Owner |" over "| | |").
 */
function isEmpty(doc: SummaryDoc, section: Section): boolean {
  const [start, end] = section.range;
  const inside = (range: Range) => range[0] >= start && range[1] <= end;
  const rows = doc.items.filter((item) => item.kind === 'row' && inside(item.range));
  const unfilled = rows.length > 0 && rows.every((row) => !row.text.trim());
  if (doc.blocks.some((b) => !b.isTitle && inside(b.range) && b.prose.text.trim().length > 0 && !(unfilled && b.kind === 'tableCell'))) return false;
  // Screenshots of the results are results: images carry no prose.
  return !hasImage(doc.tree, start, end);
}

function hasImage(node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }, start: number, end: number): boolean {
  const from = node.position?.start.offset ?? start;
  const to = node.position?.end.offset ?? end;
  if (to <= start || from >= end) return false;
  if (node.type === 'image' || node.type === 'imageReference') return from >= start && to <= end;
  return (node.children ?? []).some((child) => hasImage(child as typeof node, start, end));
}

function headingFor(entries: readonly string[], role: string, english: boolean): string {
  const first = entries[0] ?? role;
  return english ? first.charAt(0).toUpperCase() + first.slice(1) : first;
}
