/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every route is generated at build time into out/; no server is needed.
  output: 'export',
  // /articles/x/ → out/articles/x/index.html, which every static host and nginx serve without rewrites.
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  typescript: { ignoreBuildErrors: false },
}

export default nextConfig
