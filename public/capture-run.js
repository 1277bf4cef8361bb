globalThis.__coffeeChatCapture?.() ?? null;
