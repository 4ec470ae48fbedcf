// The concepts of the vocabulary: every language pack lists entries for each (an empty list where the language has
// no words for it), and each says which rules read it and which keys its entries may have. From these the JSON
// Schema of a pack's vocabulary is built (`npm run schema` writes it to schema/vocabulary.schema.json, a test keeps
// it equal), a registered pack is checked, and the config's `vocabulary` accepts these concept names only.
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { nearest } from '../config/errors.js';
import type { VocabularyData } from '../types.js';

type Schema = Record<string, unknown>;

export interface Concept {
  /** What the entries are, and which rules read them. */
  description: string;
  /** Keys an entry may have besides `term` and `except`, with their schemas. */
  keys?: Record<string, Schema>;
}

const RS = 'require-sections';
const NUC = 'no-unquantified-claims';
const NVW = 'no-vague-wording';
const RAO = 'require-action-owner';
const RAD = 'require-action-deadline';
const RPC = 'require-problem-cause';
const NP = 'no-placeholder';
const CN = 'consistent-numbers';
const RC = 'require-comparison';
const AMOUNTS = `the amount reader of ${CN} and ${RC} (rules/utils/amounts.ts)`;
const FUP = 'follow-up-plan';
const MODEL = 'the document model (which every rule reads)';
const QUANTITIES = `the quantity recogniser of ${NUC} and ${NVW}`;

const readBy = (...readers: string[]) => ` Read by ${readers.join(', ')}.`;

const section = (name: string): Concept => ({
  description: `Headings that name the ${name} section.${readBy(`${MODEL} for section roles`, `${RS} (it suggests the first entry as the heading of a missing section)`, `${RPC} (labels)`)}`,
  keys: {
    exact: { description: 'Counts only as the whole title ("Work", 工作).', const: true },
    secondary: { description: 'Adds its role without making it the section\'s main one ("Lessons learned" also covers problems).', const: true },
    period: { description: 'A period ("this week", 本周): names its role only in a title that names no other ("Problems this week" is problems).', const: true },
  },
});

const requires: Schema = {
  description: 'Concept(s) one of whose entries must stand near the word for it to count: "completed" claims a result next to a goal, "improved" next to a metric.',
  anyOf: [{ enum: ['goal', 'metric', 'whole-work', 'schedule'] }, { type: 'array', items: { enum: ['goal', 'metric', 'whole-work', 'schedule'] }, minItems: 1, uniqueItems: true }],
};
const exactCase: Schema = { description: '`exact`: counts only written as listed ("May", "Sun").', const: 'exact' };
const pair: Record<string, Schema> = {
  until: { description: 'Closing words, one of which must follow the entry (受 … 影响).', type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  within: { description: 'How many characters after the entry the closing word may start (default 12).', type: 'integer', minimum: 1 },
};

/** Every concept, in the order of the shipped packs' files. */
export const CONCEPTS: Readonly<Record<string, Concept>> = {
  'section.overview': section('overview'),
  'section.results': section('results'),
  'section.problems': section('problems'),
  'section.lessons': section('lessons'),
  'section.plan': section('plan'),
  'section.customers': section('customers'),
  'section.appendix': section('appendix'),
  'section.targets': section('target review (a sales summary\'s targets against actuals)'),
  'section.impact': section('impact (a postmortem\'s)'),
  'section.timeline': section('timeline (a postmortem\'s; it lists events, not problems, for require-problem-cause)'),
  'section.root-cause': section('root cause (a postmortem\'s)'),
  'section.decisions': section('decisions (meeting minutes\')'),
  ordinal: { description: `Ordinal words that open a numbered paragraph ("First,", 首先，).${readBy(`${MODEL} for numbered paragraphs and pseudo-headings`)}` },
  claim: {
    description: `Words that claim a result ("improved", "grew", 提升, 增长).${readBy(NUC)}`,
    keys: { requires, clause: { description: 'Only a number in the word\'s own clause backs it ("countless", 数不清): another number in the sentence counts something else.', const: true } },
  },
  target: { description: `Words that set a target in a plan ("increase", "reduce", 提高).${readBy(`${NUC} (option \`targets\`)`)}`, keys: { requires } },
  'quantity-unit': {
    description: `Units and measure words that make a number a quantity (%, ms, users, 个, 万元).${readBy(QUANTITIES)}`,
    keys: { kind: { description: '`measure`: a measure word, after which 一 is an article (一个); `time`: a period (一年, "5 min"), after which a year is a date.', enum: ['measure', 'time'] } },
  },
  'quantity-word': { description: `Number words that are quantities by themselves ("three", "twice", "doubled").${readBy(QUANTITIES, `${NVW} (a number word next to a vague amount: "two more maintainers")`)}` },
  'number-label': {
    description: `Words that make a number next to them a label or a date, not a quantity ("week 3", "October 2023", 第3, 10月).${readBy(QUANTITIES)}`,
    keys: { position: { description: 'Where the word stands: `before` the number, `after` it, or `both` (the default).', enum: ['before', 'after', 'both'] } },
  },
  goal: { description: `Goals a claim may need nearby ("target", "KPI", 目标), named by an entry's \`requires\`.${readBy(NUC)}` },
  metric: {
    description: `Names of metrics ("revenue", "latency", 销售额), named by an entry's \`requires\`; a table row with a sentence's metric and a number quantifies it.${readBy(NUC)}`,
  },
  'claim-blocker': {
    description: `Words that make a claim no statement of fact: negations, conditions, intentions, purposes, hedges, reported speech, expected behaviour.${readBy(NUC)}`,
    keys: {
      kind: {
        description: 'What the word does to a claim near it. `future` is an intention for what comes next ("will", 后续): a claim or target word under it is a target wherever it is written.',
        enum: ['negation', 'condition', 'intent', 'future', 'purpose', 'hedge', 'reported', 'expected'],
      },
    },
  },
  'claim-degree': { description: `Degree words that give a claimed change a size without a number ("greatly", 大大, 极大).${readBy(NUC)}` },
  vague: {
    description: `Vague words and phrases ("somewhat", "ASAP", 有所提升, 尽快), by category.${readBy(`${NVW}; its \`time\` entries also ${RAD} (a vague time is no deadline) and ${RAO} (a time after a name)`)}`,
    keys: {
      category: { description: 'The kind of vagueness: it decides the message and what context makes the word precise.', enum: ['hedge', 'amount', 'change', 'empty-verb', 'time', 'judgement'] },
      suggest: { description: 'The message\'s suggestion, for documents in this language.', type: 'string', minLength: 1 },
      scope: { description: '`report`: an everyday word, counted only in the items of report sections; `plan`: counted only in the plan.', enum: ['report', 'plan'] },
      measure: {
        description:
          'What a hedge leaves out, when the document may give it elsewhere: `completion` ("almost done", 基本完成), the work left, precise when a sub-item or a `work-left` word in the same or the next sentence names it; `speed` ("quickly", "rapidly"), the time taken, precise in a document with a timeline section, whose times give it; `frequency` ("often", 经常), how often something happens: outside the plan it describes a habit or a symptom ("the job often times out"), not a count the period claims.',
        enum: ['completion', 'speed', 'frequency'],
      },
      part: { description: 'A word that also names a part of a thing: ending its clause right after a Han noun (补充编译器部分: the compiler part), it counts nothing.', type: 'boolean' },
      kinds: { description: 'A word for the kinds of a set (各种, "various"): after a `whole-set` word (整合目前各种…, "all the various") it names all of them, a scope, not an unstated count.', type: 'boolean' },
    },
  },
  owner: {
    description: `Owner labels ("Owner:", 负责人：), also as table column headers.${readBy(RAO, `${RAD} (an owner column holds no deadline)`)}`,
    keys: { direct: { description: 'The name follows the word directly, with no colon ("assigned to Bob").', type: 'boolean' } },
  },
  'owner-role': {
    description: `Role and unit nouns that can own work ("team", "lead", 部, 经理).${readBy(RAO)}`,
    keys: { kind: { description: '`head`: ends a role phrase ("team" in "sales team"); `unit`: a word before one ("sales"); `suffix`: ends a unit\'s name after one to four Han characters (部 of 物流部, 组 of 品质组).', enum: ['head', 'unit', 'suffix'] }, case: exactCase },
  },
  'owner-verb': { description: `Verbs that make the name before them the owner ("Alice to …", "will", 负责, 牵头).${readBy(RAO)}` },
  'not-owner': { description: `Words that look like names but are not ("Status", "Next").${readBy(RAO)}` },
  'first-person': {
    description: `First-person words ("I", "we", 我, 我们): a personal plan owns its items.${readBy(RAO, `${NVW} (in the prose of a section no role names, a sentence about oneself is the writer's story: everyday vague words do not count there)`)}`,
    keys: {
      number: { description: 'Singular or plural.', enum: ['singular', 'plural'] },
      case: exactCase,
      titleOnly: { description: 'Counts only in the document\'s title ("My goals"), not in its sentences.', const: true },
      field: { description: 'A header field that names the one author ("姓名：", "Name:"): at the top of the document, before the first list or table, it makes the summary personal.', const: true },
      reflexive: { description: 'A reflexive ("myself", 自己): said of anyone ("自己的新闻稿"), it only adds to first-person words proper ("I", 我), never stands for them.', const: true },
    },
  },
  unassigned: { description: `Placeholders that name nobody and no date ("TBD", 待定).${readBy(RAO, RAD)}` },
  deadline: {
    description: `Words that name a time ("Friday", "end of month", 月底).${readBy(RAD, `${RAO} (a time after a name)`, `${NVW} (a date makes a vague time precise)`)}`,
    keys: { case: exactCase, event: { description: 'An event, a time only after "before", "by", "until" or before 前: "before the Alpha release", "上线前".', const: true } },
  },
  'deadline-marker': { description: `Deadline labels ("Due:", 截止日期：), also as table column headers.${readBy(RAD, `${RAO} (not names)`)}` },
  'time-unit': { description: `Time units of durations and recurrences ("within 2 weeks", 每两周, 3个工作日内).${readBy(RAD, RAO)}` },
  surname: { description: `Surnames that open a Chinese name (王 of 王敏).${readBy(RAO)}` },
  'action-marker': { description: `Markers that make a line an action item anywhere ("TODO:", "Action:", 待办：).${readBy(RAO, RAD)}` },
  'action-verb': { description: `Verbs that open an instruction ("Agree on …", "Limit …"): such an item of a lessons section is an action.${readBy(RAO, RAD)}` },
  'action-cue': { description: `Words that make a list item a thing to do wherever it stands ("needs to", "should"): a recommendation in a retrospective or in notes is an action.${readBy(RAO, RAD)}` },
  'past-period': { description: `Section titles of a past period ("last week", 上周), whose items report, not plan.${readBy(RAO, RAD)}` },
  'status-label': { description: `Labels of a note under an item ("Status:", 备注：), which is no action of its own.${readBy(RAO, RAD)}` },
  'action-done': { description: `Words that mark an item done ("DONE", 已完成), which is no action.${readBy(RAO, RAD)}` },
  'discussion-report': { description: `Words that open a note narrating what a meeting discussed ("Discussed the release dates", "We talked about …", 讨论了…): with no promise in it, a summary of the discussion, no action.${readBy(RAO, RAD)}` },
  'done-aspect': { description: `Words that, in an item's first clause, say the work is already done ("has been removed", "We've released", 已经上线): a report, no action.${readBy(RAO, RAD)}` },
  'problem-guard': {
    description: `Words that make a problem word no problem ("no delays", "to avoid", 可能, 风险).${readBy(RPC, `${NVW} (its plain English negations: "didn't spend too much time")`)}`,
    keys: { where: { description: 'Where the guard stands: `before` the problem word (the default), `after` it, `both`, or anywhere earlier in the `sentence`.', enum: ['before', 'after', 'both', 'sentence'] } },
  },
  'lower-is-better': { description: `Measures whose decline is good news and whose rise is a problem ("costs", "latency", 投诉).${readBy(RPC)}` },
  solution: {
    description: `Words of a solution or fix ("fix", 解决方案).${readBy(RPC)}`,
    keys: { done: { description: 'Says the problem is solved ("fixed", 已解决): such a unit states no open problem.', const: true } },
  },
  suggestion: { description: `Words of a suggestion or a norm ("should", 建议): a unit that suggests states no problem.${readBy(RPC)}` },
  timeline: { description: `Titles of a timeline section besides those of \`section.timeline\` (which the shipped packs list), which lists events, not problems.${readBy(RPC)}` },
  none: { description: `Words that say there is nothing to report ("None", 无).${readBy(RPC)}` },
  problem: {
    description: `Failure and decline words ("failed", "dropped", 延期, 下降).${readBy(RPC)}`,
    keys: { ...pair, kind: { description: '`decline`: a fall, a problem unless the measure is lower-is-better; `bad`: bad news by itself.', enum: ['decline', 'bad'] } },
  },
  cause: {
    description: `Cause markers ("because", 由于, 原因是).${readBy(RPC, `${NVW} (a clause that opens with one does not quantify the one before)`)}`,
    keys: { ...pair, kind: { description: '`lack`: a missing thing ("lack of", 缺少); opening a statement with nothing failing after it, it states the problem, not its cause.', enum: ['lack'] } },
  },
  impact: { description: `Impact markers ("resulting in", 导致, 影响了).${readBy(`${RPC} (option \`requireImpact\`, and impact sections)`)}`, keys: pair },
  'list-cue': {
    description: `Words that name the items after a vague amount ("such as", "including", 包括, 详见).${readBy(NVW)}`,
    keys: { kind: { description: '`reference`: points to where the items are listed ("detailed in", 详见).', const: 'reference' } },
  },
  capability: { description: `Words that say what something can do ("can", 可以): an amount there counts nothing.${readBy(NVW)}` },
  hypothesis: { description: `Words that make a clause hypothetical, conditional or an open question ("would", "if", 如果, 就能, 能不能): outside the plan, the amounts, changes and judgements after them in the clause are not claimed.${readBy(NVW)}` },
  purpose: { description: `Words that open a stated purpose ("in order to", "aimed to", 为了, 旨在): what follows in the clause is what the work is for, not a result.${readBy(NVW)}` },
  wish: { description: `Words of a wish or hope ("hope", "look forward", 期待, 祝): a wish claims no result.${readBy(NVW)}` },
  'aim-verb': { description: `Verbs of aim right before "more" ("attract more contributors", 吸引更多): outside the plan they say what the work is for, not a count it claims; after an action sized with a figure ("publish 10 starter tasks to attract more contributors"), not a target or claim of its own.${readBy(NVW, NUC)}` },
  need: { description: `Words of a need stated ("needed", "requires", 需要, 有待): outside the plan, an amount in such a clause ("more tests needed", "requires a lot of effort") sizes what is wanted, it claims no count; a sentence of need after a vague word gives no figure for it.${readBy(NVW)}` },
  opinion: { description: `Verbs of a view or a guess ("suspects", "thinks", 认为, 觉得): vague words after one are the speaker's opinion, not a claimed result.${readBy(NVW)}`, keys: { recalled: { description: 'An impression the writers recall having had ("we thought", "we felt", 当时觉得): a hedge after it tempers that impression, unless its clause names a problem.', const: true } } },
  intent: { description: `Words that make what follows an intended action ("need to", "will", 要, 争取): the vague words after them are a plan's, held to the plan's standard.${readBy(NVW)}` },
  thanks: { description: `Words of thanks and congratulation ("thanks to", 感谢, 祝贺): courtesy, not a claim or an action.${readBy(NVW)}` },
  'future-or-condition': { description: `Words of what is to come or what would happen if ("will", "next", "if", 如果, 明年): a hedge of possibility there states real uncertainty, not a softened result.${readBy(NVW)}` },
  possibility: { description: `Hedges of possibility ("likely", "maybe", 可能, 也许): with \`future-or-condition\` words in the sentence they are not reported.${readBy(NVW)}` },
  'background-title': { description: `Whole titles of a section that gives background ("Background", "Motivation", 项目背景): an overview, but history rather than the period's results.${readBy(NVW)}` },
  degree: { description: `Words of size with no number ("huge", "significant", 很大): before a \`degree-head\` word they make a vague change or amount ("a huge increase", 很大的改善). Not the \`claim-degree\` words (大幅, 显著): ${NUC} reports those.${readBy(NVW)}` },
  'degree-head': {
    description: `What a \`degree\` word sizes ("increase", "effort", "part", 提升): with one before it, a vague change or amount.${readBy(NVW)}`,
    keys: { category: { description: 'What the pair is: a vague change or a vague amount.', enum: ['change', 'amount'] } },
  },
  'speech-verb': { description: `Verbs of saying ("said", "wrote", "feedback", 反馈, 表示): after a short speaker and before a colon, what follows is someone else's words, not the author's report; in a lead-in ending in a colon ("received positive feedback:", 反馈如下：) so are the items under it.${readBy(NUC, RPC)}` },
  more: { description: `The word "more" (更多) opening a vague amount: after a verb of aim or in a sentence of need it asks for more, it claims no count.${readBy(NVW)}` },
  'discussion-topic': {
    description: `Words of a discussion's topics ("Discussion topics:", 讨论议题): items under them are minutes, not failures.${readBy(RPC)}`,
    keys: { programme: { description: 'A word that may also name an event\'s programme ("Agenda", 议程): as a section title it is the subject of a review, whose items still report.', const: true } },
  },
  'work-title': { description: `Labels that introduce the title of a piece of work ("Article:", "Talk:", 论文：, 分享：): what follows is a title, not a report of a failure.${readBy(RPC)}` },
  'help-request': { description: `Titles that ask for help ("Areas that need help", 需要协助): such a section holds requests, not problems.${readBy(RPC)}` },
  'record-title': {
    description: `Words of a title that make the document a record of what was said or happened rather than a team's report ("meeting", "minutes", "newsletter", "community", 纪要, 会议, 社区, and a news release's "successfully held", 圆满落幕): it owes a plan but no problems, overview or results section.${readBy(RS)}`,
    keys: { kind: { description: '`owner`: the word names whose document it is ("community", 社区): it makes a record only when the title does not call the document a summary (`summary-title`).', const: 'owner' } },
  },
  'record-section': { description: `Section titles that only meeting minutes have ("Agenda", "Attendees", 与会人员): the document is minutes and owes a plan but no problems, overview or results section.${readBy(RS)}` },
  recap: { description: `Titles of a section that recaps the period or states what the work is ("Highlights", "Looking back", "Project info", 回顾, 亮点, 版本信息): as the body's first section it gives the overview.${readBy(RS)}` },
  'follow-up-status': {
    description: `Words that say what became of last period's plan item: done ("done", 已完成), slipped ("delayed", 延期), dropped ("cancelled", 取消) or carried over ("carried over", 顺延). A line that has one needs fewer of the item's words to answer it.${readBy(FUP)}`,
    keys: { kind: { description: 'What the word says of the item.', enum: ['done', 'slipped', 'dropped', 'carried'] } },
  },
  'follow-up-term': {
    description: `Work words that mean the same in every language ("migrate", 迁移): each entry's \`key\` names the meaning, so a plan item written in one language is matched by its answer in another.${readBy(FUP)}`,
    keys: { key: { description: 'The meaning the word stands for; entries of every language with the same key match each other.', type: 'string', minLength: 1 } },
  },
  'follow-up-filler': { description: `Words that say nothing of which item is meant ("the", "will", "team", 负责, 完成, 工作): not counted among a plan item's key words.${readBy(FUP)}` },
  'plan-opener': { description: `Opening words of a sentence, before a comma, that announce what comes next ("Next week,", "Going forward,", 下周，, 接下来，), or of sentences and notes that promise work ("We will publish it in May", "Nicole: will schedule it", 我们计划…, 准备…): two of them make a plan.${readBy(RS)}` },
  'kind-title': {
    description: `Words of a title that name the kind of summary ("Postmortem", "Weekly status", 会议纪要, 销售工作总结); each entry's \`kind\` says which. The first kind in src/kinds/kinds.json whose word the title holds is the document's kind, unless front matter or config names one.${readBy(`${MODEL}, to tell the kind (src/kinds/)`, `${RAO} (a report\'s title opening with its team\'s name)`)}`,
    keys: { kind: { description: 'The kind the word names.', type: 'string', pattern: '^[a-z][a-z0-9-]*$' } },
  },
  'target-review': { description: `Words that set a result against its target ("of target", "quota", 达成率, 目标): with two numbers, or with one for an attainment rate, a target review states actual against target.${readBy(`${RS} (option \`mustState\`: \`attainment\`)`)}` },
  'account-count': { description: `Words of customer counts ("new customers", "lost", "key accounts", 新增客户, 流失, 家): with a number, a customer section gives counts.${readBy(`${RS} (option \`mustState\`: \`counts\`)`)}` },
  decision: { description: `Words that record a decision ("decided", "agreed", 决定, 同意): minutes that hold one have their decisions without a heading.${readBy(RS)}` },
  'amount-scale': {
    description: `Scale words written after a number, which multiply it ("k", "million", 万, 亿).${readBy(AMOUNTS)}`,
    keys: { factor: { description: 'What the number is multiplied by (万 is 10000).', type: 'number', exclusiveMinimum: 0 } },
  },
  'amount-unit': {
    description: `Units whose kind decides how amounts compare: percentages, percentage points and currencies ("%", "pp", "$", 个百分点, 元). A percentage and a count are never added, and percent and percentage points are told apart.${readBy(AMOUNTS)}`,
    keys: { measure: { description: 'What the unit measures.', enum: ['percent', 'points', 'currency'] } },
  },
  approximate: {
    description: `Words that make a number approximate ("about", "over", 约, 左右, 多): it is not checked against others.${readBy(AMOUNTS)}`,
    keys: { position: { description: 'Where the word stands: `before` the number (the default) or `after` it.', enum: ['before', 'after'] } },
  },
  change: {
    description: `Words of a change next to its size ("up 20%", "fell by", 增长20%, 下降).${readBy(CN, `${RC} (a change is a comparison)`)}`,
    keys: { direction: { description: 'Whether the change is a rise or a fall; without it ("improvement", 变化) the direction is not checked.', enum: ['up', 'down'] } },
  },
  'change-from': { description: `The word before the earlier value of a change ("from", 从, 由).${readBy(CN, RC)}` },
  'change-to': { description: `The word before the later value of a change ("to", 到, 至).${readBy(CN, RC)}` },
  multiple: {
    description: `Words that state a change as a multiple ("doubled", "halved", 翻了一番, 减半).${readBy(CN, RC)}`,
    keys: { factor: { description: 'The later value divided by the earlier one (doubled is 2, halved 0.5).', type: 'number', exclusiveMinimum: 0 } },
  },
  actual: { description: `Words before an actual result set against a target ("actual", "achieved", 实际完成), also as table column headers.${readBy(CN)}` },
  attainment: {
    description: `Words that label a result as a percentage of its target ("110% of target", 达成率, 完成目标的), also as table column headers.${readBy(CN, RC)}`,
    keys: { position: { description: 'Where the word stands: `before` the percentage (the default) or `after` it.', enum: ['before', 'after'] } },
  },
  total: { description: `Labels of a total ("Total", 合计, 共计): a table's total row or column, or a stated total before its parts; between a vague amount and its number (部分共计290个) it gives the amount.${readBy(CN, NVW)}` },
  breakdown: {
    description: `Words that introduce the parts of a stated total ("of which", 其中, 分别为); a colon does too.${readBy(CN)}`,
    keys: { complete: { description: 'The parts named are all of them ("split into", 分别为), so they must add up to the total, not only stay below it.', const: true } },
  },
  share: { description: `Words of a share of a whole ("share", "accounting for", 占, 占比), in sentences and as table column headers: shares of one whole add up to at most 100%.${readBy(CN)}` },
  'result-context': {
    description: `Words that say what a figure in a results section is, when it is not a period's result that needs a baseline.${readBy(RC)}`,
    keys: {
      kind: {
        description: '`stock`: a running total, a standing size or a usual rate ("to date", "currently has", "averages", 至今, 成立以来, 通常), not this period\'s result; `setup`: what was set up, offered or decided ("set up", "decided to", 设置了, 决定), not an outcome; `whole`: right before a figure, all of a planned set ("all 4 tasks", 全部4个), which is its own baseline; `event`: a one-off event held ("took place", "was held", 举行, 召开), whose figures (who came, what it took) describe the event, not a period\'s result; `first`: a first-ever figure ("for the first time", 首届), which has no earlier period to compare with; `background`: in a section title, background or an agenda ("Background", 项目背景), whose figures are no results.',
        enum: ['stock', 'setup', 'whole', 'event', 'first', 'background'],
      },
    },
  },
  comparison: { description: `Words that set a figure against a baseline: a target, a plan, an earlier period ("vs. plan", "last year", 同比, 环比, 较上月), also in table column headers.${readBy(RC)}` },
  placeholder: {
    description: `Template text left unfilled ("TBD", "Replace this paragraph", [填写], 待填写), including the guidance lines of \`summarylint new\`; x slots such as 20xx and XX% are shapes, not words.${readBy(NP)}`,
    keys: {
      kind: {
        description: '`alone`: residue only as a whole line ("TODO"); `lead-in`: residue when it ends its paragraph with a comma and nothing after ("For example,"); `template`: says the text is a template\'s sample ("sample text", 示例周报), so its whole paragraph is; `document-part` and `instruction`: a sentence with one of each is guidance to the writer left in ("this section" + "should", 这部分 + 可以, "this section" + "optional"); in a document with a `template` word, a quoted paragraph with an `instruction` alone is too ("> 学习量不强制").',
        enum: ['alone', 'lead-in', 'template', 'document-part', 'instruction'],
      },
    },
  },
  'document-self': { description: `Words by which a document names itself ("this column", "this report", 本专栏, 本文): a promise about the document ("我们将通过这一专栏定期介绍…") describes it; it is no action and no plan.${readBy(RAO, RAD, RS)}` },
  'reader-invitation': { description: `Words that invite the reader to ask or comment ("feel free to", "don't hesitate to", 有进一步问题…随时沟通, 欢迎反馈) or recommend something to everyone who reads ("we recommend everyone …", 建议大家…): such a line addresses whoever reads it; it is no action item to own or date, and no statement of the work to check, nor guidance to the writer left in.${readBy(RAO, RAD, NVW, NUC, NP)}` },
  'count-cue': { description: `Words right after which a number is due (了, 第, 共, 有: "进行了？期", "有  名开发者"): a question mark or a run of blanks there stands for the number never filled in.${readBy(NP)}` },
  'effect-clause': { description: `Words that open a clause saying what a change made possible ("so that", 让, 使得): "优化参数传递方式，让修改不再需要改动全部页面" names the change by its effect, which needs no size.${readBy(NVW)}` },
  'purpose-infinitive': { description: `Words that make the verb right after them (one word between at most) the purpose of the work ("to" in "work to further improve the tooling"): a change named as what the work is for, not one claimed.${readBy(NVW)}` },
  'doer-marker': { description: `Words that hand work to the role or name right after them (由, 请, 交由, "ask … to"): "每周由运维组检查", "请议程组协助确认", "ask the docs team to review it" name who does the item.${readBy(RAO)}` },
  'work-left': { description: `Words that name the work still left ("remaining", "still needs", 仍待, 剩余): beside "almost done" or 基本完成 they give what the hedge leaves out.${readBy(NVW)}` },
  'assessment-title': { description: `Whole titles of a section where someone else assesses the writer's work ("Mentor feedback", 导师点评, 领导评语): an opinion of that work, not a result the writer reports.${readBy(NVW)}` },
  roadmap: { description: `Words of a section title or lead-in that set a list apart as the roadmap or long-term goals ("Future goals", "items on our roadmap", 长期目标, 发展方向): directions, not tasks, so they owe no date.${readBy(RAD)}` },
  'report-cadence': { description: `Words of a plan section's title that name a short recurring period ("Plans for next week", "next sprint", 下周计划, 本月待办): a periodic report whose plan is so titled and dated plans for that period, which dates its other plan sections too.${readBy(RAD)}` },
  history: { description: `Words that make a sentence history or a biography, not the period's work ("formerly", "previously worked at", 曾任职于, 曾担任): context, with nothing for the reader to check.${readBy(NVW, NUC)}` },
  'reader-address': { description: `Words that speak to the reader ("if you", "you can", 如果您, 您可以): a standing pointer to the docs or a how-to, not a statement of the work.${readBy(NVW, NUC)}` },
  benefit: { description: `Words that open a clause saying what the work is good for (有利于, 有助于, 便于, 助力, "which helps", "helping", and after a word of consequence: 这样有利于): the words of that clause describe a benefit, not a result.${readBy(NVW)}` },
  consequence: { description: `Words that open a clause saying what would follow from a suggestion made before it in the sentence ("that way", 这样, 如此一来): "会前可以联系媒体，这样会有更多报道" names the hoped-for benefit, not a result to count or a target to meet.${readBy(NVW)}` },
  appositive: { description: `Words that open a description in brackets of the thing named before them ("(a faster linter)", （一个更快的工具）): what the brackets say describes that thing, not the work.${readBy(NUC)}` },
  setback: { description: `Words that tell something went badly in the period without naming a failure of the work ("lack of", "conversions are so low", "churn", "struggled", 缺乏, 偏低, 遗憾): with a cause or an impact beside them, sentences that tell the document's problems without a problems heading.${readBy(RS)}` },
  'goal-review': { description: `Words of a section title that reviews the past period's goals ("Performance against past goals", "Goals review", 目标回顾, 目标完成情况): a missed goal named there is a problem the document reports, so it needs no problems heading.${readBy(RS)}` },
  rise: { description: `Words of a measure going up ("rose", "went up", 上升, 延长): beside a \`lower-is-better\` measure ("support tickets rose", 回款周期延长) they report a problem.${readBy(RPC)}` },
  'standing-norm': {
    description: `Words of a standing principle, norm or prohibition ("Don't mix …", "should involve everyone", "continuous effort", 不要, 始终; with \`until\`, a preference: "Prioritize X over Y", 优先…而非…): such a line says how the team works: outside a plan it is no piece of work to own or date, and in a plan it needs no date.${readBy(RAO, RAD)}`,
    keys: { ...pair, opening: { description: 'Counts only when it opens the item, after a speaker ("Don\'t …", 不要…): inside a sentence it is a clause of something else.', const: true } },
  },
  tentative: { description: `Words of a wish, a suggestion or a topic raised that commits no one ("it would be great to", "wants to discuss", 可以考虑, 不妨): outside a plan, such a line is no action item to own or date.${readBy(RAO, RAD)}` },
  idea: { description: `Words that put an idea forward without committing anyone ("IDEA:", "maybe", "consider", 考虑, 或许, 建议): in a retrospective (option \`ideas\` of require-action-deadline) such an item is for the next time and owes no date; it still wants an owner.${readBy(RAD)}` },
  'organising-group': {
    description: `Names of an organising group or a function of a team ("Logistics", "Finance", "Comms", 行政, 议程, 宣传, 场务): a section title made only of them ("Marketing", "媒体+宣传", "议程组") names who does the items under it; a topic title ("Venue", 餐点) does not.${readBy(RAO)}`,
    keys: { case: exactCase },
  },
  'proposal-title': { description: `Words of a section title that gathers proposals or opinions ("RFC", "Ideas", "Brainstorm", 意见摘要, 提案): its items are put forward for discussion, not committed; no action items to own or date.${readBy(RAO, RAD)}` },
  'current-work': { description: `Words of a label or lead-in over a roll-call of current work ("What everyone's working on:", "In progress:", 进行中：): its items report each one's status; they are no action items to own or date.${readBy(RAO, RAD)}` },
  outcome: { description: `Words of how the work came out ("done", "fixed", "worked", "passes", 完成, 解决, 效果, 进展): a hedge softens the period's result only in a clause that holds one of them, or a word of a claim, a problem, a setback, a metric, a goal or the work left; elsewhere it qualifies a view, a guess, a suggestion or a description.${readBy(NVW)}` },
  'status-note': {
    description: `Words that report where a piece of work stands instead of committing anyone to it: a rescheduling ("moved to next week", 推迟到下周) or work not begun ("not started yet", 尚未开始): such a line is a status note, no action item to own or date.${readBy(RAO, RAD)}`,
    keys: { opening: { description: 'Counts only when it opens a paragraph outside a plan ("准备开始调研。", "About to start the survey."): in a plan it opens a thing to do.', const: true } },
  },
  byline: { description: `Words that open a byline under the title ("By", "Written by", 作者, 撰写人): when one person's name follows, the document is that person's own and its plan is theirs.${readBy(RAO)}` },
  'reader-doer': { description: `Words that hand an item to each reader for their own part ("add yourself", "each of you", 各自): every reader is its doer, so the item names its owner; it still needs a date. Not words for everyone together ("请大家检查…" still names no one).${readBy(RAO)}` },
  contrast: { description: `Words that open a sentence turning to something else ("However", "But", 但是, 不过): its figures do not size the vague words of the sentence before.${readBy(NVW)}` },
  'back-reference': { description: `Words that open a sentence about the same thing as the one before ("It", "These", "In total", 其中, 这些, 共): its figures measure the vague amount there ("a few minor fixes. It gained 9 new commits").${readBy(NVW)}` },
  'lead-out': { description: `Words that open a sentence naming what the text before it was ("The above are", "Those were", 以上就是, 上述): "以上就是我这三个月的主要工作、成效" says the text above is the results, as a heading would.${readBy(RS)}` },
  'incident-reference': { description: `Words just before a failure word that point back at the incident the document is about ("the bug", "this outage", 此次宕机, 该故障): in a post-mortem that gives the root cause, such a failure is the incident, not a new problem.${readBy(RPC)}` },
  'title-joiner': { description: `Words that join two things a section title names ("Problems and causes", 问题及原因): a title that joins a problem word to a cause word lists problems that owe causes, not causes.${readBy(RPC)}` },
  'summary-title': { description: `Words of a title that call the document a summary of its period ("summary", "review", 总结, 回顾): a community's year-end summary reviews its year, problems included, where its newsletter only reports news.${readBy(RS)}` },
  'whole-work': { description: `Words that name the whole of a period's work ("all planned work", "every milestone", 各项任务, 全年工作), named by an entry's \`requires\`: completing all of it is a claim like meeting a goal ("圆满完成了全年各项任务"), with nothing counted; completing one named piece of work is not.${readBy(NUC)}` },
  'life-title': { description: `Whole titles of a section about the writer's life beside the work ("Hobbies", "Family", 关于生活, 旅游): a document that has one is a personal essay, whose prose tells a story.${readBy(NVW)}` },
  'whole-set': { description: `Words right before an amount word that make it name the whole of a known set ("all the various", 目前各种 = all the existing ones, 现有各类), before the entries of \`vague\` marked \`kinds\`: a word of scope, not an unstated count.${readBy(NVW)}` },
  'recruiting-title': { description: `Words that make a section title a job ad (招募, 招聘, "we're hiring", "open positions"): the section and those under it describe the position and the candidate sought (具备良好的沟通能力), not the period's work; only vague time is checked there.${readBy(NVW)}` },
  attendance: { description: `Labels of who comes to a meeting and who does not ("Absent:", "Regrets:", 谁不会来：, 请假：): an item they open is a roll, not an action item, even as an unchecked box.${readBy(`${RAO} and ${RAD}`)}` },
  'period-field': { description: `Labels of a header field that gives the period a report covers ("Sprint dates:", "Reporting period:", 迭代周期：, 报告期：): with a date after it, or in a title that also gives calendar dates ("Sprint 28 (8/12/2020 - 8/25/2020)", 冲刺 12（2026/03/02-2026/03/13）), the report's plan is due by the period's end.${readBy(RAD)}` },
  'share-link': {
    description: `Words that join the number of a part to the number of its whole ("14 of 16", "9 out of the 12", 6个仓库中的5个, 三分之二): with a number on each side they state a share, which sizes a vague share ("the majority of", 大部分) next to it.${readBy(NVW)}`,
    keys: { reach: { description: 'How many characters (no digit, no clause stop) may stand between the first number and the word: 中的 after a counted noun ("6个仓库中的").', type: 'integer', minimum: 1 } },
  },
  'question-word': { description: `Words that open a question ("What", "How", "Is there", 如何, 是否, 为什么): an item that asks with one is a question put to a meeting, and the items under it are what was said in answer, not results.${readBy(NVW)}` },
  courtesy: { description: `Words that open a sentence thanking or congratulating people ("Thank you", "Many thanks", "Congratulations", 感谢, 谢谢, 祝贺), not the causal "thanks to" (得益于): the paragraph honours them, and its praise ("做出了重要贡献") reports no result.${readBy(NVW)}` },
  'assignment-link': {
    description: `Words right after a doer named at the start of an item that hand them the work ("Sam will …", "Alice and Bob to …", 小王会…, 李强负责…): the item is an action item wherever it stands. Not words of current work ("is working on", 正在).${readBy(RAO, RAD)}`,
    keys: { afterSeveral: { description: 'Only after several names, a handle or a role ("Alice and Bob to …", "Sales ops to …"): after one capitalised word, "to" opens "According to", "Congrats to".', const: true } },
  },
  'suggestion-modal': { description: `Modal words that put forward a thing to do near the start of a clause ("The schedule could leave …", 最后可以邀请…, 交通车要提早订): an item saying so in a list that holds another action item is one too.${readBy(RAO, RAD)}` },
  remedy: { description: `Words that state what must be done to fix something ("need to", "should", 需要, 要提前), not a wish (希望) nor a search for the cause ("need to investigate", 需要进一步定位): right after a problem, in its own item or paragraph, a remedy names what was missing, which counts as its cause.${readBy(RPC)}` },
  'addition-opener': { description: `Words that open a sentence adding a new point ("Also", "In addition", "To top it all off", 此外, 另外): a cause given there explains that sentence's point, not a problem in the sentences before.${readBy(RPC)}` },
  'reading-frame': { description: `Words that tell the reader how to look at a figure ("if you ignore May's spike", "if we exclude refunds", 如果剔除一次性收入): a frame for reading the result, not a condition it depends on nor a line to the reader; the claim after it still needs its number.${readBy(NVW, NUC)}` },
  schedule: { description: `Words that name the plan in time ("schedule", "timeline", "roadmap", 进度, 时间表), named by an entry's \`requires\`: "ahead of my initial timeline", "behind schedule", 进度滞后 claim a result against it with nothing to say by how much.${readBy(NUC)}` },
  verdict: { description: `Words that judge a measure as a predicate, with nothing to check it by ("attendance was poor", "engagement is still strong", 报到率很差): after a \`metric\` or \`goal\` word joined to it only by \`verdict-link\` words, and ending its clause. Before the noun ("good quality code") it describes, it claims nothing.${readBy(NUC)}`, keys: { comparative: { description: 'A comparison ("faster", "more stable", 更加稳定) that claims a change of whatever the sentence names, after a `verdict-link` verb ("the dashboard is now much more responsive", 集群变得更加稳定): no measure needed.', const: true } } },
  'verdict-link': { description: `Words that may stand between a measure and the \`verdict\` on it ("is", "has been", "looks", "still", "very", 很, 都, 比较): the verbs and adverbs of a predicate, nothing that names another thing; \`kind: preposition\` opens a short phrase after the measure ("attendance at the evening talks was poor").${readBy(NUC)}`, keys: { kind: { description: '`preposition`: opens a phrase of a few words that belongs to the measure ("of the talks"); `verb`: the verb of the predicate ("is", "became"), which a comparative `verdict` needs before it.', enum: ['preposition', 'verb'] } } },
  'standing-constraint': {
    description: `Words that open a constraint to keep from now on ("Make sure the workshop doesn't clash with the offsite", 确保…不与…冲突, 注意不要…): it needs no date, though someone must still watch it (so it stays an action item to own).${readBy(RAD)}`,
    keys: { ...pair, opening: { description: 'Counts only when it opens the item ("Make sure … doesn\'t …"): inside a sentence it is a clause of something else.', const: true } },
  },
  'verdict-end': { description: `Words that may follow a \`verdict\` and still leave it ending its clause ("attendance was poor and …", "was good overall", 很差但…): a conjunction or a word of time or scope that opens what comes next.${readBy(NUC)}` },
  'time-span': { description: `Nouns of a span of time that a vague amount may count ("too much time", 很长时间): a duration given in a later sentence of the same item ("1 hour 47 minutes") sizes it.${readBy(NVW)}` },
};

/** The JSON Schema of a language pack's vocabulary (schema/vocabulary.schema.json). */
export function buildVocabularySchema(): Schema {
  const properties: Record<string, Schema> = { $schema: { type: 'string' }, $comment: { type: 'string' } };
  for (const [name, { description, keys = {} }] of Object.entries(CONCEPTS)) {
    const entry = {
      type: 'object',
      required: ['term'],
      additionalProperties: false,
      properties: { term: { $ref: '#/definitions/word' }, except: { $ref: '#/definitions/except' }, ...keys },
    };
    properties[name] = { description, type: 'array', items: { if: { type: 'object' }, then: entry, else: { $ref: '#/definitions/word' } } };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/summarylint/summarylint/blob/main/schema/vocabulary.schema.json',
    title: 'summarylint vocabulary',
    description:
      'A language pack\'s vocabulary (src/languages/<code>/vocabulary.json): its entries by concept. Every pack has every concept, an empty list where the language has no words for it; each concept says which rules read it. An entry is a word, or { "term", "except": [longer phrases where it does not count], … } with the keys its concept allows. Entries are literal words, matched case-insensitively after normalisation (NFKC, Traditional → Simplified) and, for Latin letters, at word boundaries; never regular expressions.',
    type: 'object',
    additionalProperties: false,
    required: Object.keys(CONCEPTS),
    properties,
    definitions: {
      word: { description: 'A word or phrase, as written.', type: 'string', minLength: 1 },
      except: { description: 'Longer phrases that hold the word where it does not count ("room for improvement" for "improvement").', type: 'array', items: { $ref: '#/definitions/word' } },
    },
  };
}

let validator: ValidateFunction | undefined;

/**
 * The mistakes in a pack's vocabulary against the schema, each as one line (`unknown concept 'vauge' (did you mean
 * 'vague'?)`, `vague[3]: unknown key 'categroy' (did you mean 'category'?)`); empty when there are none.
 */
export function vocabularyProblems(data: VocabularyData): string[] {
  if (!validator) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(buildVocabularySchema());
  }
  if (validator(data)) return [];
  // A misspelt concept is also a missing one: say it once, as the misspelling.
  const unknown = new Set(validator.errors!.filter((e) => e.keyword === 'additionalProperties' && e.instancePath === '').map((e) => nearest(e.params.additionalProperty, Object.keys(CONCEPTS))));
  return validator.errors!.filter((e) => !(e.keyword === 'required' && unknown.has(e.params.missingProperty)) && e.keyword !== 'if' && e.keyword !== 'anyOf').map(describe);
}

function describe(error: ErrorObject): string {
  const [concept, index, ...rest] = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = concept === undefined ? '' : `${concept}${index === undefined ? '' : `[${index}]`}${rest.length ? `.${rest.join('.')}` : ''}: `;
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name: string = params.additionalProperty;
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {}).filter((k) => !k.startsWith('$'));
      const close = nearest(name, known);
      return `${where}unknown ${concept === undefined ? 'concept' : 'key'} '${name}'${close ? ` (did you mean '${close}'?)` : ''}`;
    }
    case 'required':
      return `${where}missing ${concept === undefined ? 'concept' : 'key'} '${params.missingProperty}'${concept === undefined ? ' (give it an empty list if the language has no words for it)' : ''}`;
    case 'enum':
      return `${where}expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(error.data)}`;
    case 'const':
      return `${where}expected ${JSON.stringify(params.allowedValue)}, got ${JSON.stringify(error.data)}`;
    default:
      return `${where}${error.message ?? 'is invalid'}`;
  }
}
