/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every route is generated at build time into out/; no server is needed.
  output: 'export',
  // scripts/build/build.mjs exports into a staging folder and swaps it in only when
  // everything succeeded, so a failed build never touches the live out/.
  ...(process.env.NEXT_EXPORT_DIR ? { distDir: process.env.NEXT_EXPORT_DIR } : {}),
  // /articles/x/ → out/articles/x/index.html, which every static host and nginx serve without rewrites.
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  typescript: { ignoreBuildErrors: false },
}

export default nextConfig
