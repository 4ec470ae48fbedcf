/**
 * `test`, remembered per text for one check of one document: the action items of a section all ask about the same
 * titles and lead-ins.
 */
export function perText(test: (text: string) => boolean): (text: string) => boolean {
  const answers = new Map<string, boolean>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) answers.set(text, (answer = test(text)));
    return answer;
  };
}
