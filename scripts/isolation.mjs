// The two headers that make a page cross-origin isolated. Everything Berth serves is
// same-origin, so no Cross-Origin-Resource-Policy headers are needed.
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
