// Keeps each lesson's workspace and terminal history in IndexedDB, so a reload brings the
// learner back to where they were. Without IndexedDB (some private modes) nothing is kept and
// the caller is told so.

const DATABASE = 'berth';
const STORE = 'workspaces';

export interface SavedWorkspace {
  files: Record<string, string>;
  history: string[];
  savedAt: number;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function transact<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return openDatabase().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = act(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        transaction.onerror = () => {
          db.close();
          reject(transaction.error);
        };
      }),
  );
}

export function loadWorkspace(key: string): Promise<SavedWorkspace | undefined> {
  return transact('readonly', (store) => store.get(key) as IDBRequest<SavedWorkspace | undefined>);
}

export async function saveWorkspace(key: string, saved: SavedWorkspace): Promise<void> {
  await transact('readwrite', (store) => store.put(saved, key));
}

export async function deleteWorkspace(key: string): Promise<void> {
  await transact('readwrite', (store) => store.delete(key));
}

/** Collapses bursts of changes into one save after `delayMs` of quiet. */
export function debounce(action: () => void, delayMs: number): { (): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      action();
    }, delayMs);
  };
  schedule.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    action();
  };
  return schedule;
}
