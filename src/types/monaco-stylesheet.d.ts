// Monaco's prebuilt stylesheet, aliased in astro.config.mjs and linked when the editor opens.
declare module 'berth-monaco-stylesheet?url' {
  const url: string;
  export default url;
}
