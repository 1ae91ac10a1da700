// Stand-in for the `server-only` marker package under vitest, where there is no client bundle to protect.
export {};
