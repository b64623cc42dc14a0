import type { ChildProcess } from 'node:child_process'
export function findNginx(): string | undefined
export function startNginx(options?: { port?: number; root?: string }): Promise<{ url: string; stop: () => void; child: ChildProcess }>
export function startSiteServer(options: { port: number }): Promise<{ url: string; stop: () => void; child: ChildProcess }>
