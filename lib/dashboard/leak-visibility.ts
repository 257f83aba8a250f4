// Moved: the leak-review rule lives in lib/portfolio/leak-reviews.ts. This re-export only
// keeps importers compiling until they import from there; add nothing here.
export { isLeakHidden, latestReview, type Review } from "@/lib/portfolio/leak-reviews";
export { leakSubject } from "@/lib/portfolio/investment-figures";
