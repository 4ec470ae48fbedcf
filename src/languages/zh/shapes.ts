// The shapes Chinese writes numbers, dates and owners in (the words are in ./vocabulary.json).
import { DAY, MONTH } from '../../text/dates.js';
import { HAN } from '../../text/han.js';
import type { LanguagePack, ListNumberShape, OwnerShapes } from '../../types.js';

const HAN_NUMERAL = '[一二三四五六七八九十百零〇两]';
/** Numbers in periods: 两周, 三个月, 半年, 廿天. */
const HAN_NUM = '[一二两三四五六七八九十廿卅半]';

/** `第一部分`, `一、`, `（二）`: Chinese reports number their sections with Han numerals. */
export const listNumbers: readonly ListNumberShape[] = [
  { style: 'chapter', kind: 'heading', pattern: new RegExp(`^第${HAN_NUMERAL}+(?:部分|部份|章|节|節|篇)[、:：.．\\s]*`, 'u') },
  { style: 'han', kind: 'heading', pattern: new RegExp(`^${HAN_NUMERAL}+[、．.]\\s*`, 'u') },
  { style: 'han-paren', kind: 'heading', pattern: new RegExp(`^[（(]${HAN_NUMERAL}+[）)][、.．]?\\s*`, 'u') },
  // 一是…，二是…: official reports number the points of a paragraph this way, one per line when pasted.
  { style: 'han-shi', kind: 'item', pattern: /^[一二三四五六七八九十]是(?=\p{Script=Han})/u },
];

/** `12月1日`, `十一月底`, `2026年`, `15日前`, `第三季度`, `第12周`; `两周内`, `每3个月`. */
export const dates: LanguagePack['dates'] = {
  // A year label: 2022年, 2023年度：
  yearLabel: /^((?:19|20)\d{2})\s*(?:年度?)?\s*[:：]?$/u,
  dates: [
    // 12月, 12月1日, 12月1号 (not 3个月, 月活, 月均, 月度)
    new RegExp(`(?<![\\d个每.])${MONTH}\\s*月(?:\\s*${DAY}\\s*[日号])?(?![活均度])`, 'gu'),
    // 十二月, 十一月底, 三月五日 — after a non-Han character or a word like 年/在/于/到 (not 统一月度)
    new RegExp(`(?:(?<!${HAN})|(?<=[年在于至到从止前底]))(?:十[一二]?|[一二三四五六七八九])月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])?[日号]?(?![活均度])`, 'gu'),
    new RegExp(`(?<!\\d)(?:19|20)\\d{2}\\s*年`, 'gu'),
    // 113年, 民国114年: a year of the Minguo calendar (100 to 129, 2011 to 2040), as Taiwan dates its plans
    /(?<![\d.])(?:民国\s*)?1[0-2]\d\s*年(?!\s*(?:来|以来|多|之久))/gu,
    // 6.9前, 6/9之前: a month and day with a dot or a slash, before 前
    new RegExp(`(?<![\\d.])${MONTH}\\s*[./]\\s*${DAY}\\s*(?:前|之前|以前)`, 'gu'),
    // 15日前, 15号之前
    new RegExp(`(?<![\\d月])${DAY}\\s*[日号]\\s*(?:前|之前|以前)`, 'gu'),
    // 第三季度, 三季度, 3季度, 一季度末
    new RegExp(`(?:第)?(?:[1-4]|[一二三四])\\s*季度`, 'gu'),
    // 第一季, 第3季 (Taiwan leaves out 度)
    new RegExp(`第\\s*(?:[1-4]|[一二三四])\\s*季(?!度)`, 'gu'),
    // 第12周, 第三周
    new RegExp(`第\\s*(?:\\d{1,2}|${HAN_NUM}{1,3})\\s*(?:周|个?星期|个?迭代|期)`, 'gu'),
  ],
  durations: (units) => [
    // 两周内, 3个工作日之内, 10天以内, 三个月后
    { pattern: new RegExp(`(?:\\d+|${HAN_NUM}+)\\s*(?:${units})\\s*(?:内|之内|以内|后|之后|以后)`, 'gu'), kind: 'duration' },
    // 提前两天, 提前1~2天, 提早两个月 (Taiwan): a lead time before the event the item names
    { pattern: new RegExp(`提[前早]\\s*(?:\\d+(?:\\s*[~～至到-]\\s*\\d+)?|${HAN_NUM}+)\\s*(?:${units})`, 'gu'), kind: 'duration' },
    // 每3个月, 每两周, 每半年
    { pattern: new RegExp(`每\\s*(?:\\d+|${HAN_NUM}+)?\\s*(?:${units})`, 'gu'), kind: 'recurrence' },
  ],
};

/** 由王敏负责, 负责人为王敏, 王敏和李强：, 华东区销售经理. */
export const owners: OwnerShapes = {
  verbsAfterName: (verbs) => new RegExp(`^(?:${verbs})`, 'u'),
  linkAfterName: new RegExp(`^\\s*(?:[:：，,、—]|[和与及同/／]${HAN}{2,3}[:：，,]|[将会要需于在去来把对])`, 'u'),
  // 由X负责 / 由X牵头 / 交由X跟进 — X is not 于 (由于 "because"), 此 (由此 "hence") or the like.
  assignment: (verbs) => new RegExp(`由\\s*((?![于此原来浅衷不])[^\\s，。,；;、：:（）()由]{1,16}?)\\s*(?:${verbs})`, 'gu'),
  labelJoiners: ['为', '是'],
  and: ['和', '与'],
  rolePrefix: new RegExp(`^(?:各|每位|每个|全体|${HAN}{1,3}[区省市部组线端侧]|[A-Za-z][\\w-]{0,15}\\s?)$`, 'u'),
};
