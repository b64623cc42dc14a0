export const PRODUCTION_NGINX: string
