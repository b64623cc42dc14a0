type Counts = Record<string, Record<string, number>>
export function loadPaths(options: {
  url: string
  mix: { path: string; expect: number }[]
  connections: number
  duration?: number
  amount?: number
  headers?: Record<string, string>
}): Promise<{
  result: {
    requests: { total: number; average: number }
    latency: { p50: number; p99: number; max: number }
    throughput: { average: number }
    errors: number
    timeouts: number
    '2xx': number
    non2xx: number
  }
  statuses: Counts
  unexpected: Counts
  unanswered: number
}>
export function formatStatuses(byPath: Counts): string[]
