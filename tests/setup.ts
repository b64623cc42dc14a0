import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetSharedState } from './support/reset-shared-state'

afterEach(() => {
  if (typeof document !== 'undefined') cleanup()
  resetSharedState()
})
