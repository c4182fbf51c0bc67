// Stand-in for the "server-only" guard package in tests, which run outside React Server Components.
export {};
