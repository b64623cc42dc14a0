import { enhanceShareBars } from './share-bar'

enhanceShareBars()
