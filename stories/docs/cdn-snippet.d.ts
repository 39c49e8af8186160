declare module 'virtual:digi-cdn-snippet' {
  const snippet: { readonly version: string; readonly snippet: string } | null;
  export default snippet;
}
