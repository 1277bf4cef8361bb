globalThis.__coffeeChatSkeleton?.() ?? null;
