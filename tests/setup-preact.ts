import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/preact'
import { afterEach } from 'vitest'
import { resetSharedState } from './support/reset-shared-state'

afterEach(() => {
  cleanup()
  resetSharedState()
})
