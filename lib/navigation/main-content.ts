/** The id of every page's <main>: where the skip link ("Skip to main content") goes. */
export const MAIN_CONTENT_ID = "main-content";
