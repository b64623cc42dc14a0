/** The outlined button used for secondary actions (copy, share, print, reset): one definition for every tool. */
export const secondaryButton =
  'inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 font-semibold text-brand-dark hover:bg-brand-light'
