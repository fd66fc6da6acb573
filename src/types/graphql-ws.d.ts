// graphql-ws declares its subpaths in `exports` only, which this project's module resolution (node10) does not read.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
