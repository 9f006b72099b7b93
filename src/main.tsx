import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { startOffline } from './app/offline.ts'
import { router } from './app/router.tsx'
import './styles/base.css'
import './styles/tones.css'
import './styles/page.css'
import './styles/findings.css'
import './styles/lines.css'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no element with id "root"')

// After one visit the page loads and diagnoses with the network gone.
startOffline()

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)
