// Action items, shared by `require-action-owner` and `require-action-deadline`.
//
// An action item is
//   - an item (list item, task-list item, enumerated paragraph `1、` `（1）`, table row) of a section whose role is `plan`
//     (the section's own role, or its nearest titled ancestor's: `doc.roleOf`),
//   - an unchecked task-list item (`- [ ]`) anywhere,
//   - a line opened by an action marker (`TODO:`, `Action:`, `行动项：`, `待办：`; concept `action-marker`),
//   - outside problems: a recommendation (`action-cue`), a note that promises work (`plan-opener`: "Nicole: will …"),
//     the paragraphs of a plan section with no list, and a sentence of prose that opens with a promise.
// Items that say they are done (`(DONE)`, `【已完成】`, a checked box, a status cell "Done", "has been removed",
// 已经下线), a goal's measure ("Key Result: 200k views", any key result under an objective) and, outside a plan, a line
// that commits no one (a norm, a wish, a topic raised, a proposal: `commitsNoOne`) are not actions.
//
// Nesting: action items form trees (an item's action parent is its nearest ancestor item that is an action).
// What a parent says carries down to its sub-items, and a parent whose sub-items each say it is covered by
// them; see `findUncovered`.
import type { Block, Item, Range, Section, SummaryDoc, Vocabulary } from '../../src/types.js';
import { languages } from '../../src/languages/index.js';
import { hasHan } from '../../src/text/han.js';
import { leadingListNumber } from '../../src/text/list-numbers.js';
import { perVocabulary } from './cache.js';
import { findTimes } from './deadlines.js';
import { isItalicNote } from './asides.js';
import { pairedEnd } from './clauses.js';
import { ownerFinder } from './owners.js';

export type ActionKind = 'plan' | 'task' | 'marker';

export interface ActionCell {
  /** The column's header text (trimmed). */
  header: string;
  /** The cell's prose (trimmed). */
  text: string;
  block: Block;
}

export interface ActionItem {
  kind: ActionKind;
  /** The item, or undefined for a marked line in a plain paragraph. */
  item: Item | undefined;
  /** The text to check: the item's own prose (every cell of a table row), or the marked line, plus its notes. */
  text: string;
  /** Table rows: the row's cells with their headers. */
  cells: ActionCell[];
  /** The prose blocks the text comes from (for links and positions). */
  blocks: Block[];
  /** Where to report: the first line of the item (the whole row for a table row). */
  range: Range;
  /** The item's opening words, for messages (≤ 60 characters, one line). */
  label: string;
  parent: ActionItem | undefined;
  children: ActionItem[];
  /**
   * Text that applies to this item from around it: enclosing items that are not actions themselves, and the
   * lead-in paragraph ("Next quarter, the support team will:") of the list it opens. Set on tree roots only;
   * what applies to a parent applies to its subtree.
   */
  context: string[];
  /** Titles of the sections the item is in, innermost first, the document's title excepted (tree roots only). */
  titles: string[];
  /**
   * Whether the titles are a plan's: false for the items a label, a lead-in line or an imperative makes actions in a
   * section that reports ("## 2018-06-15 update" dates the report, not the work).
   */
  planTitles: boolean;
}

export interface CollectOptions {
  vocabulary: Vocabulary;
}

const LABEL_LENGTH = 60;

/** The items found in a document with a vocabulary: require-action-owner and require-action-deadline ask for the same. */
const collected = new WeakMap<SummaryDoc, { vocabulary: Vocabulary; roots: ActionItem[] }>();

/** Every action item of the document, as trees: the roots, in document order. Shared by the rules: read them, never change them. */
export function collectActionItems(doc: SummaryDoc, { vocabulary }: CollectOptions): ActionItem[] {
  const known = collected.get(doc);
  if (known?.vocabulary === vocabulary) return known.roots;
  const roots = collect(doc, vocabulary);
  collected.set(doc, { vocabulary, roots });
  return roots;
}

function collect(doc: SummaryDoc, vocabulary: Vocabulary): ActionItem[] {
  const actions = new Map<Item, ActionItem>();
  const roots: ActionItem[] = [];
  const leadIns = leadInParagraphs(doc, vocabulary);
  const labels = labelLines(doc);
  const plansIn = sectionsWithPlan(doc, leadIns, vocabulary);
  // The document's title speaks for the whole report ("Sales team, 2023 review"), not for its plan.
  const titleSection = doc.sections.find((s) => doc.title && s.titleRange[0] === doc.title.range[0] && s.titleRange[1] === doc.title.range[1]);
  const docTitle = titleSection?.title;

  const firstWithText = new Map<string, Item>();
  for (const item of doc.items) if (item.kind !== 'row' && !firstWithText.has(sameText(item.text))) firstWithText.set(sameText(item.text), item);
  const reportedDone = tasksReportedDone(doc, vocabulary);

  const attach = (action: ActionItem, enclosing: Item | undefined, section: Section) => {
    // The nearest enclosing item that is an action is the parent; the others lend their text as context.
    let parent: ActionItem | undefined;
    let top: Item | undefined = action.item;
    for (let p = enclosing; p; p = p.parent) {
      top = p;
      const a = actions.get(p);
      if (a) {
        parent = a;
        break;
      }
      action.context.push(p.text);
    }
    action.parent = parent;
    if (parent) {
      parent.children.push(action);
      return;
    }
    const leadIn = top && (leadIns.get(top) ?? labels.get(top));
    if (leadIn) action.context.push(leadIn);
    // A leftover item that repeats a task listed earlier ("遗留事项" repeating an item under "郑航") is that task: what
    // the earlier one's lead-in or label says applies to it too.
    const twin = action.item && firstWithText.get(sameText(action.item.text));
    if (twin && twin !== action.item) {
      let twinTop = twin;
      while (twinTop.parent) twinTop = twinTop.parent;
      const twinLeadIn = leadIns.get(twinTop) ?? labels.get(twinTop);
      if (twinLeadIn) action.context.push(twinLeadIn);
    }
    action.titles = sectionTitles(doc, section).filter((t) => t !== docTitle);
    action.planTitles = action.kind !== 'plan' || isPlanSection(doc, section, vocabulary);
    roots.push(action);
  };

  const kinds = itemKinds(doc, vocabulary, leadIns, plansIn);
  /** The last action item seen in each list (keyed by its parent item or section): notes attach to it. */
  const previous = new Map<Item | Section, ActionItem>();
  /** Note items (and the items under them), with the action item they describe. */
  const notes = new Map<Item, ActionItem | undefined>();
  for (const item of doc.items) {
    if (item.parent && notes.has(item.parent)) {
      const target = notes.get(item.parent);
      notes.set(item, target);
      if (target) target.text += `\n${item.text}`;
      continue;
    }
    const kind = kinds.get(item);
    if (!kind || isDone(item, vocabulary) || reportedDone.has(sameText(item.text)) || isEmptyItem(item) || saysNothingToDo(item.text, vocabulary) || isTemplateGuidance(item.text, vocabulary) || isItalicItem(item)) continue;
    const siblings = item.parent ?? item.section;
    if (kind === 'plan' && item.kind !== 'row' && isNote(item.text, vocabulary)) {
      // "Status: planned for 1.5" under an action item (even when its indentation made it a list of its own).
      const target = previous.get(siblings) ?? (item.parent ? actions.get(item.parent) : undefined);
      if (target) target.text += `\n${item.text}`;
      notes.set(item, target);
      continue;
    }
    const cells = item.kind === 'row' ? cellsOf(item) : [];
    const action: ActionItem = {
      kind, item, text: item.kind === 'row' ? cells.map((c) => c.text).join('\n') : item.text, cells, blocks: [...item.blocks],
      range: reportRange(item), label: labelOf(item, cells, vocabulary), parent: undefined, children: [], context: [], titles: [], planTitles: true,
    };
    actions.set(item, action);
    previous.set(siblings, action);
    attach(action, item.parent, item.section);
  }

  // Prose that plans: each paragraph of a plan section that has no list ("### 后续计划" over a paragraph), and elsewhere a
  // sentence that opens with a promise ("后续考虑继续加入…", "We will move the docs to the new site.").
  const planProse = new Map<Section, boolean>();
  doc.blocks.forEach((block, at) => {
    // A paragraph wholly in italics is the template's guidance or an editor's note ("*Let's keep items brief …*").
    if (block.kind !== 'paragraph' || block.item || block.isTitle || block.quoted || isItalicNote(block)) return;
    const text = block.prose.text.trim();
    // Not a lead-in, nor a table that a parser without tables left as text ("| Action | Owner | Due |"), nor a short
    // line that labels the list right under it ("后续工作安排" over "1. 跟进重点客户").
    if (!text || /[:：]$/u.test(text) || text.startsWith('|') || tellsWhatWentWrong(doc, block.section) || labelsList(block, doc.blocks[at + 1])) return;
    let inPlan = planProse.get(block.section);
    if (inPlan === undefined) planProse.set(block.section, (inPlan = isPlanProse(doc, block.section, vocabulary)));
    // Not a paragraph that is only a link (to the plan kept elsewhere) or says there is nothing to do ("No action items.").
    const whole = inPlan && !isOnlyLink(block) && !saysNothingToDo(text, vocabulary);
    // Outside a plan, a paragraph that opens with a status note ("准备开始调研。招募实习生。拟从…入手。") reports where
    // the work stands, and so do its promises.
    if (!whole && reportsStatus(text, vocabulary, true)) return;
    const sentences = whole ? [block.sentences[0]] : block.sentences.filter((sentence) => promisesInProse(sentence.text, vocabulary));
    // The template's own guidance ("These are only sample subheadings. Every action item should …") is no one's work.
    if (sentences.length === 0 || isTemplateGuidance(text, vocabulary)) return;
    for (const sentence of sentences) {
      if (!sentence || markerAt(sentence.text, vocabulary) !== undefined) continue;
      const own = whole ? text : sentence.text;
      const end = whole ? block.prose.text.indexOf('\n', sentence.start) : -1;
      const range = whole ? block.prose.sourceRange(sentence.start, end === -1 ? block.prose.text.trimEnd().length : end) : sentence.range;
      attach(
        { kind: 'plan', item: undefined, text: own, cells: [], blocks: [block], range, label: clip(own), parent: undefined, children: [], context: [], titles: [], planTitles: true },
        undefined,
        block.section,
      );
    }
  });

  // Marked lines that are not (the start of) an action item: in plain paragraphs or inside other items.
  for (const block of doc.blocks) {
    if (block.isTitle || block.kind === 'tableCell') continue;
    // An action item's own text is checked as a whole, but a later paragraph of it that opens with a marker ("待办：…"
    // after an enumerated item, which Word-pasted paragraphs attach to the item above) is an action of its own.
    const ownAction = block.item && actions.has(block.item);
    if (ownAction && block === block.item!.blocks[0]) continue;
    const enclosing = ownAction ? block.item!.parent : block.item;
    const text = block.prose.text;
    let lineStart = 0;
    while (lineStart < text.length) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 ? text.length : nl;
      const line = text.slice(lineStart, lineEnd);
      const marker = markerAt(line, vocabulary);
      if (marker !== undefined) {
        const rest = line.slice(marker).trim();
        if (rest && !isDoneText(rest, vocabulary)) {
          const lead = line.length - line.trimStart().length;
          const action: ActionItem = {
            kind: 'marker', item: undefined, text: rest, cells: [], blocks: [block],
            range: block.prose.sourceRange(lineStart + lead, lineEnd), label: clip(rest),
            parent: undefined, children: [], context: [], titles: [], planTitles: true,
          };
          attach(action, enclosing, block.section);
          if (ownAction) {
            // Not part of the item's text any more.
            const owner = actions.get(block.item!)!;
            owner.text = owner.text.replace(line, '');
          }
        }
      }
      lineStart = nl === -1 ? text.length : nl + 1;
    }
  }
  roots.sort((a, b) => a.range[0] - b.range[0]);
  return roots;
}

/**
 * The tasks another item of the document reports done with a trailing status ("反向代理：*.proxy.org（已恢复）"), by
 * their words: a notice's later update that marks a planned step done closes that step wherever it is listed.
 */
function tasksReportedDone(doc: SummaryDoc, vocabulary: Vocabulary): Set<string> {
  const done = new Set<string>();
  for (const item of doc.items) {
    if (item.kind === 'row') continue;
    const task = withoutDoneStatus(item.text.split('\n')[0], vocabulary);
    if (task) done.add(sameText(task));
  }
  return done;
}

/** The words before a trailing status that says done (`(DONE)`, `（已恢复）`), or undefined when there is none. */
function withoutDoneStatus(line: string, vocabulary: Vocabulary): string | undefined {
  const trailing = TRAILING_STATUS.exec(line.trim());
  return trailing && isWholly(trailing[1], 'action-done', vocabulary) ? line.trim().slice(0, trailing.index) : undefined;
}

/** A short bracketed status at the end of a line: "(DONE)", "【已完成】". */
const TRAILING_STATUS = /[(（[【]\s*([^()（）[\]【】]{1,12}?)\s*[)）\]】][\s.。]*$/u;

/** An item's words without its list number and spacing, to find the same task listed twice. */
function sameText(text: string): string {
  return text.slice(leadingListNumber(text)).replace(/\s+/gu, ' ').trim();
}

/** A short line with no sentence punctuation right over a list item of the same section: the list's label. */
function labelsList(block: Block, next: Block | undefined): boolean {
  return next?.item !== undefined && next.section === block.section && isShortLabel(block);
}

/** One short line of words with no punctuation ("后续工作安排", "Next steps"). */
function isShortLabel(block: Block): boolean {
  const text = block.prose.text.trim();
  return !text.includes('\n') && /^[\p{L}\p{N} _-]{1,16}$/u.test(text);
}

/**
 * The lead-in paragraph of each top-level list: a paragraph ending in a colon directly before the list, in the same
 * section ("In Q3 the support team will:", "下季度由市场部牵头：").
 */
function leadInParagraphs(doc: SummaryDoc, vocabulary: Vocabulary): Map<Item, string> {
  const out = new Map<Item, string>();
  let current: { section: Section; text: string } | undefined;
  for (const block of doc.blocks) {
    if (block.isTitle) {
      current = undefined;
      continue;
    }
    if (!block.item) {
      if (block.kind === 'tableCell') continue; // a header row
      const text = block.prose.text.trim();
      // … or a short line that names a plan without the colon ("后续工作安排", "Next steps" over "1. …").
      const lead = /[:：]$/u.test(text) || (isShortLabel(block) && namesPlanOnce(text, vocabulary));
      current = lead ? { section: block.section, text } : undefined;
      continue;
    }
    let top = block.item;
    while (top.parent) top = top.parent;
    if (current && current.section === block.section && !out.has(top)) out.set(top, current.text);
  }
  return out;
}

/**
 * A short line with no punctuation directly over a top-level list ("郝希睿" over that person's items), in a section where
 * at least two lists have such a label (with or without a colon): a roll of labelled lists, where the label may name the
 * owner. Context, never a lead-in that makes the items a plan.
 */
function labelLines(doc: SummaryDoc): Map<Item, string> {
  const found = new Map<Item, { text: string; colon: boolean }>();
  let label: { section: Section; text: string } | undefined;
  for (const block of doc.blocks) {
    if (block.isTitle || block.kind === 'tableCell') {
      label = undefined;
      continue;
    }
    if (!block.item) {
      const text = block.prose.text.trim();
      label = /^[\p{L}\p{N}@ _-]{1,16}[:：]?$/u.test(text) ? { section: block.section, text } : undefined;
      continue;
    }
    let top = block.item;
    while (top.parent) top = top.parent;
    if (label && label.section === block.section && !found.has(top)) found.set(top, { text: label.text, colon: /[:：]$/u.test(label.text) });
  }
  const perSection = new Map<Section, number>();
  for (const top of found.keys()) perSection.set(top.section, (perSection.get(top.section) ?? 0) + 1);
  const out = new Map<Item, string>();
  for (const [top, { text, colon }] of found) if (!colon && perSection.get(top.section)! >= 2) out.set(top, text);
  return out;
}

/** A note about the item above it, not an action: "Status: …", "Note: …", "备注：…", "进度：…" (concept `status-label`). */
function isNote(text: string, vocabulary: Vocabulary): boolean {
  return opensWithLabel(text, 'status-label', vocabulary);
}

/** A line that an attendance label opens ("Absent: Sam", "谁不会来：ggm"; concept `attendance`). */
function isAttendance(text: string, vocabulary: Vocabulary): boolean {
  return opensWithLabel(text, 'attendance', vocabulary);
}

/** Whether the text opens with a short label, then a colon, that is wholly an entry of the concept. */
function opensWithLabel(text: string, concept: string, vocabulary: Vocabulary): boolean {
  const m = /^\s*[*_]*([^:：\n]{1,20}?)[*_]*\s*[:：]/u.exec(text);
  return !!m && isWholly(m[1], concept, vocabulary);
}

/** The titles of a section and its ancestors; one written with a colon keeps it ("## Greg:" heads Greg's items). */
function sectionTitles(doc: SummaryDoc, section: Section): string[] {
  const out: string[] = [];
  for (let s: Section | undefined = section; s && s.kind !== 'root'; s = s.parent) {
    const line = doc.text.slice(s.titleRange[0], s.titleRange[1]).replace(/[\s*_]+$/u, '');
    out.push(/[:：]$/u.test(line) && !/[:：]$/u.test(s.title) ? `${s.title}:` : s.title);
  }
  return out;
}

/** Why an item is an action item, or undefined. */
function actionKind(doc: SummaryDoc, item: Item, vocabulary: Vocabulary, leadIns: Map<Item, string>, plansIn: Set<Section>): ActionKind | undefined {
  // "誰不會來：ggm", "Regrets: Sam": who comes to the meeting, even as an unchecked box, is a roll, not work.
  if (isAttendance(item.text, vocabulary)) return undefined;
  if (item.kind === 'task') return item.checked ? undefined : 'task';
  // A label item ("- **Follow-ups**:", "- What should we change next time?") is no action: it titles its sub-items.
  if (labelRole(item, vocabulary) !== undefined) return undefined;
  const first = item.kind === 'row' ? undefined : item.blocks[0]?.prose.text;
  const marked = first !== undefined && markerAt(first, vocabulary) !== undefined;
  // What the item reports is no action: work already done ("The action has been disabled", "We've removed …", "已经上线"),
  // a goal's measure ("Key Result: 200k views a month", "目标：新签客户40家").
  // … nor is an invitation to the reader ("Feel free to ask in the docs channel", "有进一步问题，可以随时沟通").
  // … nor a status note ("Backlog grooming moved to next week", "尚未开始").
  if (first !== undefined && !marked && (reportsDone(first, vocabulary) || narratesDiscussion(first, vocabulary) || isGoalMeasure(item, vocabulary) || vocabulary.has('reader-invitation', first) || reportsStatus(first, vocabulary, false))) return undefined;
  // Under a label item, the label decides: the sub-items of "Follow-ups:" are actions, those of "Done:" are not.
  for (let p = item.parent; p; p = p.parent) {
    const role = labelRole(p, vocabulary);
    if (role === 'topic') continue;
    if (role !== undefined) return role === 'plan' ? 'plan' : marked ? 'marker' : undefined;
  }
  let top = item;
  while (top.parent) top = top.parent;
  const leadIn = leadIns.get(top);
  // A list that a plan looked back on opens ("原定安排：", "Original plan:") reports, even in a plan section.
  // … and so does one a roll-call of current work opens ("What everyone's working on:", "进行中：").
  if (leadIn !== undefined && vocabulary.has('past-period', lastClause(leadIn))) return marked ? 'marker' : undefined;
  if (leadIn !== undefined && vocabulary.has('current-work', lastClause(leadIn))) return marked ? 'marker' : undefined;
  // Goals beside a plan ("Goals:" … "Plans for next week:") are what the reported period aimed at, not next actions.
  const titled = titledSection(item.section);
  if (isPlanSection(doc, item.section, vocabulary) && !(titled.parent && plansIn.has(titled.parent) && namesOnlyGoals(titled.title, vocabulary))) return 'plan';
  if (marked) return 'marker';
  // A list that a plan opens: "接下来的工作计划如下：", "Action items:" (a paragraph the section's title does not make a plan).
  if (leadIn !== undefined && namesPlanOnce(leadIn, vocabulary) && !(plansIn.has(top.section) && namesOnlyGoals(lastClause(leadIn), vocabulary))) return 'plan';
  // Outside a plan, a line that commits no one is no action: a norm, a wish, a topic raised, a proposal put forward.
  if (first !== undefined && commitsNoOne(item, first, vocabulary)) return undefined;
  // An imperative among lessons is a thing to do: "Agree on acceptance criteria before the sprint starts" (not in a
  // list of problems, which quotes issue titles: "Consider an attach controller (#12399)").
  if (first !== undefined && !item.parent && doc.roleOf(item.section) === 'lessons' && isImperative(first, vocabulary)) return 'plan';
  if (first === undefined || item.kind === 'row' || tellsWhatWentWrong(doc, item.section) || isQuestion(item.text)) return undefined;
  // What was said or done at a point of a timeline ("14:27 talk on DevOps" over "code must be monitored from day one")
  // is a record of the event, not a recommendation to act on.
  if (narratesTimeline(doc, item)) return undefined;
  // Notes that promise work, wherever they stand: "We'll rename the branch", "Nicole: will have a look", "预计下周报告…".
  const said = withoutSpeaker(first);
  // … in a speaker's note, its first clause or a later one ("David: good first issues, will look into map filters"; not
  // "新签合同38份，计划为35份"); not a title written as an item ("2. Next steps" over its own list).
  const promised = said !== first ? opensClauseWithPlan(said, vocabulary) : opensWithPlan(said, vocabulary);
  if (promised && !isTitleLike(said, vocabulary) && !vocabulary.has('document-self', said)) return 'plan';
  // An item that names its doer and hands them the work: "Alice and Bob to call 5 accounts", "Sam will fix the login test",
  // "小王会把文档迁到新站点", "12月10日前，李强将…".
  if (assignsWork(said, vocabulary)) return 'plan';
  // A recommendation in a list ("Docs need to be kept up to date", "We should pair on reviews", "分组可以再重新安排"),
  // not an issue's title quoted with its link, nor what someone in the meeting thinks ("Jesse: thinks we should …").
  // Not among problems either, where "SeriLog should throw an exception" complains about how things behave.
  if (said !== first && !opensWithCue(said, vocabulary) && !isImperative(said, vocabulary)) return undefined;
  // Under a title that asks for help ("需要协助的事项", "Where we need help"), "needs 2 maintainers" is the request.
  if (vocabulary.has('help-request', item.section.title)) return undefined;
  // Among results, only a sentence that opens with it ("Needs to turn into a continuous effort"): inside one, it
  // narrates what was needed ("共75个；其中18个需要手动重测"). Among decisions, only the item's first word: "The scope
  // should not be narrowed until …", "草稿暂时必须保留两种布局" record what was agreed, "Need to hire a reviewer" is work.
  // Elsewhere, in the item's first sentence: the lines after it tell how the work went ("Port the client to Fetch /
  // successful so far … so you have to fall back on XHR"). In a sub-item, in its first clause: a sub-item spells out its
  // parent, and a modal further on qualifies the detail ("People who have merged a patch can join advanced, and
  // newcomers should start in beginner" under "Beginner and advanced tracks").
  const role = doc.roleOf(item.section);
  const cued =
    role === 'decisions' ? opensWithCue(said, vocabulary) : role === 'results' ? opensSentenceWith(said, 'action-cue', vocabulary) : vocabulary.has('action-cue', item.parent ? firstSentence(said).split(/[,，;；]/u)[0] : firstSentence(said));
  if (cued && !hasIssueRef(item.text)) return 'plan';
  return undefined;
}

/**
 * Why each item is an action item: `actionKind`, and an imperative in a list that holds another action item ("Get the
 * balance of priorities" beside "… need to be changed, figure out the action items" in a meeting's notes) is one too.
 */
function itemKinds(doc: SummaryDoc, vocabulary: Vocabulary, leadIns: Map<Item, string>, plansIn: Set<Section>): Map<Item, ActionKind | undefined> {
  const kinds = new Map<Item, ActionKind | undefined>();
  for (const item of doc.items) kinds.set(item, actionKind(doc, item, vocabulary, leadIns, plansIn));
  for (const list of listsOf(doc)) {
    if (!list.some((item) => kinds.get(item) !== undefined)) continue;
    for (const item of list) if (kinds.get(item) === undefined && actsAmongActions(doc, item, vocabulary)) kinds.set(item, 'plan');
  }
  return kinds;
}

/**
 * An item that could stand beside action items, imperative ("Get the balance of priorities") or putting a thing to do
 * forward ("最后可以邀请讲者上台合照", "交通车要提早两个月订"): not done, a label, a question, a row, a line that
 * commits no one or an invitation to the reader.
 */
function actsAmongActions(doc: SummaryDoc, item: Item, vocabulary: Vocabulary): boolean {
  const first = item.kind === 'row' ? undefined : item.blocks[0]?.prose.text;
  if (first === undefined || item.kind === 'task' || !(isImperative(first, vocabulary) || suggestsInClause(first, vocabulary)) || isQuestion(item.text)) return false;
  if (labelRole(item, vocabulary) !== undefined || reportsDone(first, vocabulary) || commitsNoOne(item, first, vocabulary) || vocabulary.has('reader-invitation', first)) return false;
  return !tellsWhatWentWrong(doc, item.section) && !narratesTimeline(doc, item);
}

/**
 * Whether a clause of the text's first sentence puts a thing to do forward: a `suggestion-modal` after at most a few
 * words of subject or time ("当天网路上 Twitter 也可以即时发图片", "讲者行前通知要提醒"), with a word after it.
 */
function suggestsInClause(text: string, vocabulary: Vocabulary): boolean {
  return firstSentence(withoutSpeaker(text))
    .split(/[,，;；]/u)
    .some((clause) => {
      const head = clause.trimStart().slice(0, 30);
      return vocabulary.find('suggestion-modal', head).some((m) => (hasHan(m.text) ? m.start <= 12 : m.start <= 24) && /^\s*\p{L}/u.test(head.slice(m.end)));
    });
}

/**
 * Whether the text's first sentence puts an idea forward without committing anyone: a suggestion modal ("Next time the
 * guide could list the bus routes", 最后可以邀请讲者上台合照), a tentative word ("maybe we should") or an `idea` word
 * ("IDEA:", consider, 考虑). Nobody has said they will do it, so no date is set yet.
 */
export function putsIdeaForward(text: string, vocabulary: Vocabulary): boolean {
  const first = firstSentence(withoutSpeaker(text));
  return ['suggestion-modal', 'tentative', 'idea'].some((concept) => vocabulary.has(concept, first));
}

/** Whether the text's first sentence recommends rather than promises: an `action-cue` ("needs to", 需要, 记得). */
export function recommends(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.has('action-cue', firstSentence(withoutSpeaker(text)));
}

/**
 * The document's lists, as their items: the sub-items of an item, and the top-level items of a section that no
 * paragraph or heading separates (a block quote between two items comments on the one above: the list goes on).
 */
function listsOf(doc: SummaryDoc): Item[][] {
  const lists: Item[][] = [];
  for (const item of doc.items) if (item.children.length > 0) lists.push([...item.children]);
  let current: Item[] = [];
  for (const block of doc.blocks) {
    const top = block.item && !block.item.parent ? block.item : undefined;
    if ((block.item && !top) || (!block.item && block.quoted)) continue;
    if (!top || (current.length > 0 && current[0].section !== top.section)) {
      if (current.length > 0) lists.push(current);
      current = [];
    }
    if (top && current[current.length - 1] !== top) current.push(top);
  }
  if (current.length > 0) lists.push(current);
  return lists;
}

/**
 * A line that commits no one: a standing norm or prohibition ("Don't mix … pipelines", "Keeping docs up to date should
 * involve everyone"), a wish or a topic raised ("It would be great to …", "Aapeli: wants to discuss …", 可以考虑…), or an
 * item of a section that gathers proposals or opinions ("RFC: …", 意见摘要).
 */
function commitsNoOne(item: Item, text: string, vocabulary: Vocabulary): boolean {
  if (statesNorm(text, vocabulary) || vocabulary.has('tentative', firstSentence(withoutSpeaker(text)))) return true;
  for (let s: Section | undefined = item.section; s && s.kind !== 'root'; s = s.parent) if (vocabulary.has('proposal-title', s.title)) return true;
  return false;
}

/**
 * Whether the text states a standing norm: a `standing-norm` word anywhere ("… Needs to turn into a continuous effort."),
 * or a prohibition or a preference opening it ("Don't mix …", "Prioritize X over Y", 不要…).
 */
export function statesNorm(text: string, vocabulary: Vocabulary): boolean {
  return opensWithStanding('standing-norm', text, vocabulary);
}

/**
 * Whether the text opens with a constraint to keep ("Make sure the workshop doesn't clash with the offsite", 确保…不与…冲突): it
 * holds from now on, so it needs no date, but unlike a norm it is still someone's to watch.
 */
export function statesConstraint(text: string, vocabulary: Vocabulary): boolean {
  return opensWithStanding('standing-constraint', text, vocabulary);
}

/**
 * Whether the text (past a speaker's name) holds an entry of a standing concept, where an `opening` entry must open it
 * and a paired entry counts with its closing word only: "Prioritize consoles over services", not "Prioritize the fix".
 */
function opensWithStanding(concept: 'standing-norm' | 'standing-constraint', text: string, vocabulary: Vocabulary): boolean {
  const said = withoutSpeaker(text);
  return vocabulary.find(concept, said).some((m) => (!m.info.opening || m.start === 0) && pairedEnd(vocabulary, said, m) !== undefined);
}

/**
 * A title whose plan is only goals: "Goals", "本周目标", "This week's objectives" (not "Goals for next week", which
 * names the period the plan is for).
 */
function namesOnlyGoals(title: string, vocabulary: Vocabulary): boolean {
  const goals = vocabulary.find('goal', title);
  if (goals.length === 0) return false;
  let rest = '';
  let from = 0;
  for (const m of goals) {
    rest += `${title.slice(from, m.start)} `;
    from = m.end;
  }
  rest += title.slice(from);
  return !vocabulary.rolesOfTitle(rest).includes('plan');
}

/**
 * The sections that hold a plan with no goal in its title ("Plans for next week:", "## Next steps"): the section of
 * such a lead-in, the parent of such a section. Goals beside one are the reported period's.
 */
function sectionsWithPlan(doc: SummaryDoc, leadIns: Map<Item, string>, vocabulary: Vocabulary): Set<Section> {
  const out = new Set<Section>();
  for (const s of doc.sections) {
    if (s.parent && s.roles.includes('plan') && !vocabulary.has('goal', s.title) && isPlanSection(doc, s, vocabulary)) out.add(s.parent);
  }
  for (const [item, leadIn] of leadIns) {
    if (!item.parent && namesPlanOnce(leadIn, vocabulary) && !vocabulary.has('goal', lastClause(leadIn))) out.add(item.section);
  }
  return out;
}

/**
 * A status note: work rescheduled or not begun, in the text's first sentence ("… moved to next week", 尚未开始); with
 * `openers`, also one that opens it ("准备开始调研", which in a plan would open a thing to do).
 */
function reportsStatus(text: string, vocabulary: Vocabulary, openers: boolean): boolean {
  const first = firstSentence(withoutSpeaker(text));
  return vocabulary.find('status-note', first).some((m) => !m.info.opening || (openers && m.start === 0));
}

/** The section itself or its nearest ancestor with a role: the one whose title makes it a plan. */
function titledSection(section: Section): Section {
  let titled = section;
  while (titled.roles.length === 0 && titled.parent && titled.parent.kind !== 'root') titled = titled.parent;
  return titled;
}

/** Whether the text opens with a recommendation cue ("Need to …", "需要…"). */
function opensWithCue(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.find('action-cue', text.slice(0, 12)).some((m) => m.start === 0);
}

/** Whether a sentence of the text opens with an entry of the concept, or with a few words and it ("Docs need to …"). */
function opensSentenceWith(text: string, concept: string, vocabulary: Vocabulary): boolean {
  return text.split(/[。！？!?；;\n]|\.\s/u).some((sentence) => {
    const head = sentence.trimStart().slice(0, 40);
    return vocabulary.find(concept, head).some((m) => m.start <= 20 && !/[,，、:：]/u.test(head.slice(0, m.start)));
  });
}

/**
 * A section that tells what went wrong and why ("Problems", "Contributing factors", "根因分析"): its lines narrate
 * and explain ("…, so we should reconsider the wrapper"); the actions that answer them stand in a plan.
 */
function tellsWhatWentWrong(doc: SummaryDoc, section: Section): boolean {
  const role = doc.roleOf(section);
  return role === 'problems' || role === 'root-cause';
}

/** Words a template writes and a finished summary does not ("sample subheadings", 示例内容: `placeholder` of kind `template`). */
function isTemplateGuidance(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.find('placeholder', text).some((m) => m.info.kind === 'template');
}

/** An item of a timeline section, or under an item that opens with a clock time ("- 14:27 Second talk"). */
function narratesTimeline(doc: SummaryDoc, item: Item): boolean {
  if (doc.roleOf(item.section) === 'timeline') return true;
  for (let p = item.parent; p; p = p.parent) if (CLOCK_TIME.test(p.text)) return true;
  return false;
}

/** A clock time opening a line: "13:58", "9:05 am", "14：27". */
const CLOCK_TIME = /^[\s*_]*(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)/u;

/**
 * A line that says there is nothing to do: it opens with a `none` entry ("No immediate action items.", "暂无。",
 * "None so far") that ends its first clause, or that only a plan's name follows ("暂无后续计划").
 */
function saysNothingToDo(text: string, vocabulary: Vocabulary): boolean {
  const body = text.slice(leadingListNumber(text)).replace(/^[\s*_]+/u, '');
  const clause = body.split(/[,，;；。.!！:：\n]/u)[0].trim();
  const match = vocabulary.find('none', clause.slice(0, 40)).find((m) => m.start === 0);
  if (!match) return false;
  const rest = clause.slice(match.end).trim();
  return rest === '' || isTitleLike(rest, vocabulary) || vocabulary.rolesOfTitle(rest)[0] === 'plan';
}

/** Nothing but a plan's title: "Next steps", "下一步计划". */
function isTitleLike(text: string, vocabulary: Vocabulary): boolean {
  return isWhollyAny(text, ['section.plan', 'action-marker'], vocabulary);
}

/**
 * Whether the item's first clause says its work is done (concept `done-aspect`: "has been", "we've", 已经), and the
 * item neither gives an instruction ("Find out why the build was slow") nor looks ahead ("We have to …",
 * "Writing docs all day was tiring. Docs need to be kept up to date", "已经…，下周将…").
 */
function reportsDone(text: string, vocabulary: Vocabulary): boolean {
  const said = withoutSpeaker(text);
  const clause = said.split(/[,，;；。:：!?！？\n]|\.(?:\s|$)/u)[0];
  if (!vocabulary.has('done-aspect', clause) || isImperative(said, vocabulary)) return false;
  return !vocabulary.has('action-cue', said) && !vocabulary.has('suggestion', said) && !opensSentenceWith(said, 'plan-opener', vocabulary);
}

/**
 * Minutes that sum up a discussion: the note opens with `discussion-report` words ("Discussed the backlog; most pages
 * should get a reviewer", 讨论了…) and promises nothing ("…, will draft the rules" is still someone's action).
 */
function narratesDiscussion(text: string, vocabulary: Vocabulary): boolean {
  const said = withoutSpeaker(text);
  if (!vocabulary.find('discussion-report', said.slice(0, 30)).some((m) => m.start === 0)) return false;
  return !opensClauseWithPlan(said, vocabulary) && !opensSentenceWith(said, 'plan-opener', vocabulary);
}

/**
 * A leaf item labelled as a goal (a label wholly a `goal` word) that states a measure, not a task: "Key Result: 200k
 * views a month", "目标：新签客户40家" (but a lone "Key Result: Publish 5 tutorials" is work someone does).
 */
function isGoalMeasure(item: Item, vocabulary: Vocabulary): boolean {
  if (item.children.length > 0) return false;
  const text = item.text.slice(leadingListNumber(item.text)).trim();
  const label = /^[*_]*([^:：\n]{1,20}?)[*_]*\s*[:：][*_]*\s*/u.exec(text);
  if (!label || !isWholly(label[1], 'goal', vocabulary)) return false;
  // Under an objective ("Objective: …" over "Key Result: Publish 5 tutorials"), every key result is the objective's
  // measure, imperative or not: the body whose OKRs they are owns and dates them all.
  const underObjective = item.parent !== undefined && labelRole(item.parent, vocabulary) === 'topic';
  return underObjective || !isImperative(text.slice(label[0].length), vocabulary);
}

/**
 * A section whose paragraphs are each an action: a plan section with no list, and not one of goals, where a paragraph
 * describes the aim ("### 预期目标", "How the CNCF can help to achieve the upcoming goals").
 */
function isPlanProse(doc: SummaryDoc, section: Section, vocabulary: Vocabulary): boolean {
  return section.items.length === 0 && !vocabulary.has('goal', section.title) && isPlanSection(doc, section, vocabulary);
}

/** A paragraph that is nothing but a link. */
function isOnlyLink(block: Block): boolean {
  const children = (block.node as { children?: Array<{ type: string; value?: string }> }).children ?? [];
  const parts = children.filter((c) => !(c.type === 'text' && !c.value?.trim()));
  return parts.length === 1 && parts[0].type === 'link';
}

/**
 * A sentence of prose that promises work: it opens with a `plan-opener` ("We will …", 计划加入…), and is no question or
 * title, nor a promise about the document itself ("我们将通过这一专栏，定期介绍…" says what the column is).
 */
function promisesInProse(sentence: string, vocabulary: Vocabulary): boolean {
  return opensWithPlan(sentence, vocabulary) && !vocabulary.has('tentative', sentence) && !isQuestion(sentence) && !isTitleLike(sentence, vocabulary) && !reportsDone(sentence, vocabulary) && !vocabulary.has('document-self', sentence) && !vocabulary.has('reader-invitation', sentence);
}

/**
 * Whether the text opens with a doer (a name or a role, after at most a short clause: `OwnerFinder.subject`) and a word
 * that gives them work to do (concept `assignment-link`: "to", "will", 将, 负责), not a colon ("Jesse: thinks …").
 */
function assignsWork(text: string, vocabulary: Vocabulary): boolean {
  const finder = ownerFinder(vocabulary);
  const doer = finder.subject(text);
  if (!doer || doer.how === 'self') return false;
  const rest = text.slice(doer.end);
  const gap = /^\s*/u.exec(rest)![0].length;
  if (gap === 0 && !hasHan(rest[0] ?? '')) return false;
  // A whole word in English ("to", not "today"). "to" only after several names, a handle or a role ("Alice and Bob to
  // call …", "@mira to …", "Sales ops to …"): after one capitalised word it opens "According to", "Congrats to".
  const several = finder.namesSeveral(doer.name) || doer.how === 'role';
  return vocabulary
    .find('assignment-link', rest.slice(gap, gap + 16))
    .some((m) => m.start === 0 && (hasHan(m.text) || !/^\p{L}/u.test(rest.slice(gap + m.end))) && (m.info.afterSeveral !== true || several));
}

/** A speaker's name before a colon that opens a note ("Nicole: …", "小王：…"): the text after it; otherwise the text. */
function withoutSpeaker(text: string): string {
  const body = text.slice(leadingListNumber(text)).replace(/^[\s*_]+/u, '');
  const m = SPEAKER.exec(body);
  return m ? body.slice(m[0].length) : body;
}

/** One or two capitalised words, a handle, or two to four Han characters, then a colon. */
const SPEAKER = /^(?:@?[A-Z][\p{L}'-]*(?:\s[A-Z][\p{L}'-]*)?\??|\p{Script=Han}{2,4})[*_]*\s*[:：][*_]*\s*/u;

/** Whether a clause of the text's first sentence opens with words that promise work. */
function opensClauseWithPlan(text: string, vocabulary: Vocabulary): boolean {
  return firstSentence(text).split(/[,，;；]/u).some((clause) => opensWithPlan(clause.trimStart(), vocabulary));
}

/** The text up to the end of its first sentence or line. */
function firstSentence(text: string): string {
  return text.split(/[。！？!?\n]|\.(?:\s|$)/u)[0];
}

/** Whether the text opens with words that promise work (concept `plan-opener`: "will", "wants to", 准备, 预计). */
function opensWithPlan(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.find('plan-opener', text.slice(0, 20)).some((m) => m.start === 0);
}

/**
 * The role a label item gives its sub-items, or undefined when the item is no label: an item with sub-items whose
 * whole text is a short label ending in a colon or a question mark. "Follow-ups:", "Action items:", "TODO:" and
 * questions that look ahead ("What should we change next time?") are `plan`; "Done:", "Blockers:" name other roles
 * (`other`); any other label is no label here (a parent item such as "Rework the checklist:").
 */
function labelRole(item: Item, vocabulary: Vocabulary): string | undefined {
  if (item.kind === 'row' || item.children.length === 0) return undefined;
  // "Objective: grow the community" over its key results, "目标：…" over its steps: a topic, the sub-items are the actions.
  const goal = /^[*_]*([^:：\n]{1,20}?)[*_]*\s*[:：]/u.exec(item.text.trim());
  if (goal && isWholly(goal[1], 'goal', vocabulary)) return 'topic';
  // "- Key Results" over what key results are (an OKR page's key concepts): a term explained, not a plan.
  if (isWholly(item.text, 'goal', vocabulary)) return 'other';
  const m = LABEL.exec(item.text.trim());
  if (!m) return undefined;
  const label = m[1].trim();
  if (m[2] === '?' || m[2] === '？') return isForwardQuestion(label, vocabulary) ? 'plan' : undefined;
  // "What everyone's working on:", "进行中：": a roll-call of current work reports each one's status.
  if (vocabulary.has('current-work', label)) return 'other';
  if (isWholly(label, 'action-marker', vocabulary)) return 'plan';
  const roles = vocabulary.rolesOfTitle(label);
  if (roles.length === 0) return undefined;
  return roles[0] === 'plan' && !roles.some((r) => r === 'results' || r === 'problems') ? 'plan' : 'other';
}

// A lead-in is asked about once per item of its list: remember the answer per text.
const planLeadIns = perVocabulary(() => new Map<string, boolean>());
function namesPlanOnce(leadIn: string, vocabulary: Vocabulary): boolean {
  const known = planLeadIns(vocabulary);
  let answer = known.get(leadIn);
  if (answer === undefined) {
    if (known.size > 1000) known.clear();
    answer = namesPlan(leadIn, vocabulary);
    known.set(leadIn, answer);
  }
  return answer;
}

/** Whether a lead-in line names a plan: its last clause ("…，接下来的工作计划如下：") is a plan title or an action marker. */
function namesPlan(leadIn: string, vocabulary: Vocabulary): boolean {
  const clause = lastClause(leadIn);
  if (!clause || vocabulary.has('past-period', clause)) return false;
  if (markerAt(`${clause}:`, vocabulary) !== undefined) return true;
  const roles = vocabulary.rolesOfTitle(clause);
  return roles.includes('plan') && !roles.includes('problems') && (!roles.includes('results') || planRoles({ title: clause, roles } as unknown as Section, vocabulary).every((r) => r !== 'results'));
}

/** The last clause of a lead-in line, its colon dropped: "…，接下来的工作计划如下：" → "接下来的工作计划如下". */
function lastClause(leadIn: string): string {
  return leadIn.replace(/[:：\s*_]+$/u, '').split(/[。！？!?；;，,]|\.\s/u).pop()!.trim();
}

/** A short label and the colon or question mark that ends it: `**Follow-ups**:`, `What should we change next time?`. */
const LABEL = /^[*_]*([^:：?？\n]{1,60}?)[*_]*\s*([:：?？])[*_]*$/u;

/** A question that asks what to do next ("What should we change next time?", "下次如何改进？"). */
function isForwardQuestion(text: string, vocabulary: Vocabulary): boolean {
  return vocabulary.has('suggestion', text) || vocabulary.rolesOfTitle(text)[0] === 'plan';
}

/** A question: it ends in a question mark, or its first sentence does ("How should we copy the designs?"). */
function isQuestion(text: string): boolean {
  const first = text.trim().split(/(?<=[.!?。！？])\s*/u)[0];
  return /[?？]\s*$/u.test(first) || /^\s*(?:how|what|why|when|where|who|which|should|shall|can|could|do|does|is|are)\b[^.!。！]*$/iu.test(first);
}

/** An issue or pull request referenced in the text (`#123`, `org/repo#12`, a link to …/issues/123). */
function hasIssueRef(text: string): boolean {
  return /(?:^|[\s(（[【])(?:[\w.-]+(?:\/[\w.-]+)?)?#\d+(?![\p{L}\p{N}])|\/(?:issues|pull|pulls)\/\d+/u.test(text);
}

/** Whether the text opens with an imperative verb (concept `action-verb`): "Agree on …", "Limit WIP to 4". */
function isImperative(text: string, vocabulary: Vocabulary): boolean {
  const body = text.slice(leadingListNumber(text)).replace(/^[\s*_]+/u, '');
  const m = vocabulary.find('action-verb', body.slice(0, 30))[0];
  // A word follows the verb: after a space in English, straight on in Chinese ("确认…").
  return !!m && m.start === 0 && (hasHan(m.text) ? /^\p{Script=Han}/u.test(body.slice(m.end)) : /^\s+\S/u.test(body.slice(m.end)));
}

/**
 * A plan section: its role (or its nearest titled ancestor's) is `plan`, and its title does not also name results or
 * problems ("Results and next steps", "问题与改进措施" mix reports with actions: there only marked lines count).
 */
export function isPlanSection(doc: SummaryDoc, section: Section, vocabulary: Vocabulary): boolean {
  let titled: Section | undefined = section;
  while (titled && titled.roles.length === 0 && !isForwardQuestionTitle(doc, titled, vocabulary)) titled = titled.parent;
  if (!titled || titled.kind === 'root') return false;
  if (titled.roles.length) {
    const roles = planRoles(titled, vocabulary);
    const role = roles === titled.roles ? titled.role : roles[0];
    if (role !== 'plan' || roles.some((r) => r === 'results' || r === 'problems')) return false;
  }
  // "Goals since last review", "上月计划完成情况": a plan looked back on is a report of results. Walks up the
  // section's ancestors (not over every section: this runs once per item, and 100,000 items must stay linear).
  for (let s: Section | undefined = section; s && s.kind !== 'root'; s = s.parent) if (vocabulary.has('past-period', s.title)) return false;
  return true;
}

/**
 * A title that makes the document a plan: it names the plan, and results or problems only inside a goal's name
 * ("Objectives and Key Results", "Project Operations WG OKRs", "2025年工作计划"; not "Results and next steps").
 */
export function isPlanTitle(title: string, vocabulary: Vocabulary): boolean {
  const roles = vocabulary.rolesOfTitle(title);
  if (!roles.includes('plan') || roles.includes('problems') || vocabulary.has('past-period', title)) return false;
  if (!roles.includes('results')) return true;
  const goals = vocabulary.find('goal', title);
  return vocabulary.find('section.results', title).every((m) => m.info.exact || goals.some((g) => g.start <= m.start && m.end <= g.end));
}

/**
 * A section's roles, without `results` when all its title says of results is a period that the plan is for:
 * "本周待办", "This week's to-dos" are plans (本周 and "this week" name results only on their own).
 */
function planRoles(section: Section, vocabulary: Vocabulary): readonly string[] {
  if (!section.roles.includes('plan') || !section.roles.includes('results')) return section.roles;
  const periods = findTimes(section.title, vocabulary, false);
  const results = vocabulary.find('section.results', section.title);
  const covered = results.every((m) => periods.some((t) => t.start <= m.start && m.end <= t.end));
  return covered ? section.roles.filter((r) => r !== 'results') : section.roles;
}

/** A section titled by a question that looks ahead: "## What should we change next time?". */
function isForwardQuestionTitle(doc: SummaryDoc, section: Section, vocabulary: Vocabulary): boolean {
  if (section.kind === 'root' || !section.title) return false;
  const line = doc.text.slice(section.titleRange[0], section.titleRange[1]).replace(/[\s*_#]+$/u, '');
  return /[?？]$/u.test(line) && isForwardQuestion(section.title, vocabulary);
}

/**
 * If `line` opens with an action marker followed by a colon (`TODO:`, `**Action:**`, `行动项：`) or in brackets
 * (`[TODO]`, `【待办】`), the offset just after it; otherwise undefined.
 */
export function markerAt(line: string, vocabulary: Vocabulary): number | undefined {
  const lead = /^[\s>*_#-]*/u.exec(line)![0].length;
  const bracketed = /^[[【〔(（]/u.test(line.slice(lead));
  const from = lead + (bracketed ? 1 : 0);
  const match = vocabulary.find('action-marker', line.slice(from, from + 24))[0];
  if (!match || match.start !== 0) return undefined;
  const after = line.slice(from + match.end);
  const close = bracketed ? /^\s*[\]】〕)）]\s*[:：]?\s*/u.exec(after) : /^\s*[*_]*\s*[:：]\s*[*_]*\s*/u.exec(after);
  return close ? from + match.end + close[0].length : undefined;
}

/** A checked box, or a status that says done: a trailing `(DONE)` / `【已完成】`, a leading `DONE:` / `✅`, a cell "Done". */
export function isDone(item: Item, vocabulary: Vocabulary): boolean {
  if (item.kind === 'task' && item.checked) return true;
  if (item.kind === 'row') return cellsOf(item).some((c) => isWholly(c.text, 'action-done', vocabulary));
  return isDoneText(item.text.split('\n')[0], vocabulary);
}

function isDoneText(line: string, vocabulary: Vocabulary): boolean {
  const text = line.trim();
  if (withoutDoneStatus(text, vocabulary) !== undefined) return true;
  // Leading: `[DONE]`, `【已完成】`, `DONE`, `Done:`, `已完成：`, `✅` — but not the verb in "Complete the migration", "完成方案".
  const leading = /^(?:[[【(（]\s*([^\]】)）]{1,12}?)\s*[\]】)）]|([A-Z]{4,})\b|([^\s:：]{1,12}?)\s*[:：]|(\p{Extended_Pictographic}|[✔☑✓]))/u.exec(text);
  if (leading) {
    const word = leading[1] ?? leading[2] ?? leading[3] ?? leading[4];
    if (isWholly(word, 'action-done', vocabulary)) return true;
  }
  return false;
}

/** Whether `text` is nothing but one entry of `concept` (punctuation around it aside). */
export function isWholly(text: string, concept: string, vocabulary: Vocabulary): boolean {
  return isWhollyAny(text, [concept], vocabulary);
}

/** Whether `text` is nothing but one entry of any of the concepts: the text is folded once for all of them. */
export function isWhollyAny(text: string, concepts: readonly string[], vocabulary: Vocabulary): boolean {
  const trimmed = text.trim().replace(/^[\s*_`"'“”‘’.,，。:：;；!！]+|[\s*_`"'“”‘’.,，。:：;；!！]+$/gu, '');
  if (!trimmed) return false;
  const k = key(vocabulary, trimmed);
  return concepts.some((concept) => entrySet(vocabulary, concept).has(k));
}

// Whole-text lookups go through a set of the concept's entries (every language's, after config changes), not the matcher:
// a set lookup costs nothing, a pass of a long alternation over the text does.
const entrySets = perVocabulary(() => new Map<string, Set<string>>());
const key = (vocabulary: Vocabulary, text: string) => vocabulary.normalize(text).trim().replace(/\s+/gu, ' ');

function entrySet(vocabulary: Vocabulary, concept: string): Set<string> {
  const byConcept = entrySets(vocabulary);
  let set = byConcept.get(concept);
  if (!set) {
    set = new Set(languages().flatMap((pack) => vocabulary.entries(concept, pack.code)).map((e) => key(vocabulary, e)));
    byConcept.set(concept, set);
  }
  return set;
}

/** An item whose first paragraph is wholly in italics: a template's slot ("- _enter updates_"), not someone's work. */
function isItalicItem(item: Item): boolean {
  const first = item.blocks[0];
  return item.kind !== 'row' && first !== undefined && isItalicNote(first);
}

/** No words: "", "...", "…", "-" (a template's empty slot). */
function isEmptyItem(item: Item): boolean {
  return !/[\p{L}\p{N}]/u.test(item.text) && item.children.length === 0;
}

export function cellsOf(item: Item): ActionCell[] {
  const columns = item.columns ?? [];
  return item.blocks.map((block, i) => ({ header: (columns[i] ?? '').trim(), text: block.prose.text.trim(), block }));
}

/** The first line of an item; a table row whole. */
function reportRange(item: Item): Range {
  if (item.kind === 'row') return item.range;
  const block = item.blocks.find((b) => b.prose.text.trim()) ?? item.blocks[0];
  if (!block) return item.range;
  const text = block.prose.text;
  const start = text.length - text.trimStart().length;
  const nl = text.indexOf('\n', start);
  return block.prose.sourceRange(start, nl === -1 ? text.trimEnd().length : nl);
}

/** Opening words of an item; for a table row, its first cell that is not an owner, date or status column. */
function labelOf(item: Item, cells: ActionCell[], vocabulary: Vocabulary): string {
  // The item's first paragraph, soft line breaks joined: a wrapped item is quoted past its first line.
  const first = item.blocks.find((b) => b.prose.text.trim())?.prose.text ?? item.text;
  if (item.kind !== 'row') return clip(first.slice(leadingListNumber(first)).replace(/\s+/gu, ' '));
  const described = cells.find(
    (c) => c.text && !isWholly(c.header, 'owner', vocabulary) && !isWholly(c.header, 'deadline-marker', vocabulary) && !/^\d+$/u.test(c.text),
  );
  return clip((described ?? cells.find((c) => c.text))?.text ?? '');
}

/** One line, at most 60 characters, cut at a word boundary where there is one. */
export function clip(text: string, max = LABEL_LENGTH): string {
  const line = text.trim().split('\n')[0].replace(/\s+/gu, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The items of each tree that still lack something, given `has(action)` (the item itself says it) and
 * `given(action)` (its context says it: a section title, an enclosing non-action item).
 *
 * - An item that says it, or whose context or any action ancestor says it, covers its whole subtree.
 * - A leaf that does not is reported.
 * - A parent that does not, with no sub-item (at any depth) that says it, is reported once, for the whole subtree:
 *   the fix belongs on the parent and carries down.
 * - A parent that does not, with some sub-items that say it, is a heading for separately assigned work: its sub-items
 *   are checked one by one, and the parent itself is not reported.
 */
export function findUncovered(roots: ActionItem[], has: (a: ActionItem) => boolean, given: (a: ActionItem) => boolean): ActionItem[] {
  const out: ActionItem[] = [];
  const anyHas = (a: ActionItem): boolean => a.children.some((c) => has(c) || anyHas(c));
  const visit = (a: ActionItem) => {
    if (has(a) || given(a)) return;
    if (a.children.length === 0 || !anyHas(a)) {
      out.push(a);
      return;
    }
    for (const child of a.children) visit(child);
  };
  for (const root of roots) visit(root);
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
