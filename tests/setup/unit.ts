// A fresh in-memory IndexedDB for every test file; the store code sees the real API shape.
import 'fake-indexeddb/auto';
