// Injected only when the user clicks "Capture looks wrong?" in the popup (src/extension/skeleton-tab.ts):
// installs a function that returns the page skeleton; public/skeleton-run.js, the next file of the
// same injection, calls it. Nothing is added to the page, nothing is sent anywhere.
import { skeleton } from '../skeleton.ts';

(globalThis as unknown as { __coffeeChatSkeleton?: () => string }).__coffeeChatSkeleton = () =>
  skeleton(document, location.href);
