// Postgres refuses NUL (U+0000) in text and jsonb, and a lone UTF-16 surrogate (half of an
// emoji) cannot be encoded as UTF-8. Text with either is refused up front, with the field
// named, instead of failing inside the database.

export const UNSTORABLE_TEXT_MESSAGE = "Text contains a character that cannot be stored";

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Index of the first NUL or lone surrogate, or -1 when the text can be stored. */
export function findUnstorableCharacter(text: string): number {
  return text.search(UNSTORABLE);
}

/** 1-based line of a character offset ("\r\n", "\r" and "\n" each end a line). */
export function lineOfOffset(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** The message for a bad character; in multi-line text (a note, a CSV file) it names the line. */
export function unstorableTextMessage(text: string, offset: number): string {
  return /[\r\n]/.test(text) ? `${UNSTORABLE_TEXT_MESSAGE} (line ${lineOfOffset(text, offset)})` : UNSTORABLE_TEXT_MESSAGE;
}
