// Who is acting: the signed-in actor passed to every portal operation, and the request context of anonymous ones.
export type TRequestContext = {
  requestId: string;
  /** Keyed hash of the client IP (never the address itself). */
  ipHash: string | null;
};

export type TActor = TRequestContext & {
  userId: number;
  email: string;
  isModerator: boolean;
  /** SHA-256 of the session token, so operations can end or keep the current session. */
  sessionHash: string;
};
