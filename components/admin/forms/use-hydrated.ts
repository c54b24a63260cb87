import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

/**
 * False in the server HTML and until React has hydrated. Submit buttons wait for it: a form
 * submitted before hydration would bypass the action and post to the page itself.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
