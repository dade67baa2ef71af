// The smallest observable Web Chat needs from a chat adapter: subscribe(observer) returning { unsubscribe }.

/** A source that many subscribers share; each sees the values sent after it subscribed. */
export class Subject {
  #observers = new Set();

  next(value) {
    for (const observer of [...this.#observers]) {
      observer.next?.(value);
    }
  }

  subscribe(observerOrNext) {
    const observer = typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext;
    this.#observers.add(observer);
    return { unsubscribe: () => this.#observers.delete(observer) };
  }
}

/** A subject with a current value, which a new subscriber receives at once (Web Chat reads the connection status so). */
export class BehaviorSubject extends Subject {
  #value;

  constructor(value) {
    super();
    this.#value = value;
  }

  get value() {
    return this.#value;
  }

  next(value) {
    this.#value = value;
    super.next(value);
  }

  subscribe(observerOrNext) {
    const subscription = super.subscribe(observerOrNext);
    const observer = typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext;
    observer.next?.(this.#value);
    return subscription;
  }
}

/**
 * A subject that replays everything sent so far to each new subscriber: the bot may answer before Web Chat has
 * subscribed (its welcome), and Web Chat subscribes more than once while it connects.
 */
export class ReplaySubject extends Subject {
  #history = [];

  next(value) {
    this.#history.push(value);
    super.next(value);
  }

  subscribe(observerOrNext) {
    const observer = typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext;
    for (const value of this.#history) {
      observer.next?.(value);
    }

    return super.subscribe(observer);
  }
}

/** A single asynchronous result as an observable: one value then complete, or an error. */
export function fromPromise(promise) {
  return {
    subscribe(observerOrNext) {
      const observer = typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext;
      let closed = false;
      promise.then(
        value => {
          if (!closed) {
            observer.next?.(value);
            observer.complete?.();
          }
        },
        error => {
          if (!closed) {
            observer.error?.(error);
          }
        });
      return { unsubscribe: () => { closed = true; } };
    },
  };
}
