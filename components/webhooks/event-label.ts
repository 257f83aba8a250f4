/** "leak.opened" → "leakOpened": the key of an event type's label (message keys cannot hold dots). */
export const eventLabelKey = (type: string) => type.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
