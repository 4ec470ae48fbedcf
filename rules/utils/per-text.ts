/**
 * `test`, remembered per text for one check of one document: rules ask the same question of one text many times
 * (every action item of a section about the same titles and lead-ins, claims about the sentences around them).
 */
export function perText(test: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) answers.set(text, (answer = test(text)));
    return answer;
  };
}
