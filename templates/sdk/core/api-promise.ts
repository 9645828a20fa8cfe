export interface WithResponse<T> {
  data: T;
  /** The HTTP response: status, headers, and the body still to read (built on first access). */
  response: Response;
  /** The response's correlation id header, else the id the client sent. */
  correlationId?: string;
}

const dataOf = <T>(result: WithResponse<T>): T => result.data;
/** One executor for every APIPromise: the base promise settles at once, to nothing anyone reads. */
const settle = (resolve: (value: never) => void): void => resolve(undefined as never);

/**
 * The parsed result of a call that also gives access to the raw response. It is a real Promise
 * (instanceof, `Promise<T>` typing), but every `then` reads from the wrapped result.
 */
export class APIPromise<T> extends Promise<T> {
  // Derived promises (catch, finally, then) are plain Promises, not built through this constructor.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    // The base promise is never observed: `then` below is the only way in.
    super(settle);
    this.#result = result;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    // One derived promise, not two: `await client.x()` costs a promise per call here.
    return this.#result.then(onfulfilled ? (result) => onfulfilled(result.data) : (dataOf as (result: WithResponse<T>) => R1), onrejected);
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  asResponse(): Promise<Response> {
    return this.#result.then((result) => result.response);
  }
}
